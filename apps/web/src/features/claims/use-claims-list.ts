import { useInfiniteQuery } from '@tanstack/react-query';
import { findClaims, type ClaimListParams } from '../../api/claims-api';
import { queryKeys } from '../../api/query-keys';

/** Cursor-paged claims for one set of filters; each set is its own list, so pages of another never mix in. */
export function useClaimsList(params: ClaimListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.claimList(params),
    queryFn: ({ pageParam, signal }) => findClaims({ ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}
