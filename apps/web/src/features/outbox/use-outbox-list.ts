import { getOutbox } from '../../api/outbox-api';
import { queryKeys } from '../../api/query-keys';
import type { ListFilterQuery } from '../list-page/use-search-param-filters';
import { useCursorList } from '../list-page/use-cursor-list';

/** Cursor-paged outbox for one state and claim filter, newest first. */
export function useOutboxList(filters: ListFilterQuery) {
  return useCursorList(queryKeys.outbox(filters), (cursor, signal) => getOutbox({ ...filters, cursor }, signal));
}
