import { Limits } from '@associa/contracts';
import { useQuery } from '@tanstack/react-query';
import { findPartners } from '../../api/partners-api';
import { queryKeys } from '../../api/query-keys';

/** The partners to pick from in filters and the invite form (the first page of the largest size), for those who manage partners. */
export function usePartnerOptions(enabled: boolean) {
  const partners = useQuery({
    queryKey: queryKeys.partnerOptions,
    queryFn: ({ signal }) => findPartners({ limit: Limits.maxPageSize }, signal),
    enabled,
    staleTime: 60_000,
  });
  return partners.data?.items ?? [];
}
