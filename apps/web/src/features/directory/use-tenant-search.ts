import { findTenants } from '../../api/directory-api';
import { queryKeys } from '../../api/query-keys';
import { useCursorList } from '../list-page/use-cursor-list';

/** Cursor-paged tenant search; each search term is its own list, so older pages never mix in. */
export function useTenantSearch(q: string) {
  return useCursorList(queryKeys.tenants(q), (cursor, signal) => findTenants({ q: q || undefined, cursor }, signal));
}
