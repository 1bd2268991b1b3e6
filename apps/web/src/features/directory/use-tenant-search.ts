import { useInfiniteQuery } from '@tanstack/react-query';
import { findTenants } from '../../api/directory-api';
import { queryKeys } from '../../api/query-keys';

/** Cursor-paged tenant search; each search term is its own list, so older pages never mix in. */
export function useTenantSearch(q: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.tenants(q),
    queryFn: ({ pageParam, signal }) => findTenants({ q: q || undefined, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}
