import type { CustomerPage } from '@associa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getCustomerPage, revokeFromCustomerPage } from '../../api/customer-api';
import { queryKeys } from '../../api/query-keys';

/** What one tenant link shows; refused links (404, 410) are answers to show, not to retry. */
export function useCustomerPage(token: string) {
  return useQuery({ queryKey: queryKeys.customerPage(token), queryFn: ({ signal }) => getCustomerPage(token, signal), retry: false });
}

/** Revokes one association from the page and shows the page as the server answers it afterwards. */
export function useCustomerRevoke(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ associationId, reason }: { associationId: string; reason: string }) => revokeFromCustomerPage(token, associationId, reason),
    onSuccess: (page: CustomerPage) => queryClient.setQueryData(queryKeys.customerPage(token), page),
  });
}
