import { useQuery } from '@tanstack/react-query';
import { getClaim, getClaimHistory } from '../../api/claims-api';
import { queryKeys } from '../../api/query-keys';

/** One claim as the caller may see it (a 404 for another organisation's claim). */
export function useClaim(id: string) {
  return useQuery({ queryKey: queryKeys.claim(id), queryFn: ({ signal }) => getClaim(id, signal) });
}

/** The claim's history, oldest first. */
export function useClaimHistory(id: string) {
  return useQuery({ queryKey: queryKeys.claimHistory(id), queryFn: ({ signal }) => getClaimHistory(id, signal) });
}
