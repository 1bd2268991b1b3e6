import { useInfiniteQuery } from '@tanstack/react-query';
import { findAssociations, type AssociationListParams } from '../../api/associations-api';
import { queryKeys } from '../../api/query-keys';

/** Cursor-paged associations for one set of filters; each set is its own list, so pages of another never mix in. */
export function useAssociationsList(params: AssociationListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.associationList(params),
    queryFn: ({ pageParam, signal }) => findAssociations({ ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}
