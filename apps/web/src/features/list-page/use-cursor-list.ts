import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { ListResponse } from './list-page-types';

/** Fetches one page of a list; `cursor` is undefined for the first page. */
export type FetchListPage<T, P extends ListResponse<T> = ListResponse<T>> = (cursor: string | undefined, signal: AbortSignal) => Promise<P>;

/**
 * Cursor-paged list for one set of filters: each set is its own query key, so pages of another never
 * mix in, and the previous list stays on screen (as placeholder data) while the next one loads.
 */
export function useCursorList<T, P extends ListResponse<T> = ListResponse<T>>(queryKey: QueryKey, fetchPage: FetchListPage<T, P>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}
