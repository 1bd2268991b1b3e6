import { useQuery } from '@tanstack/react-query';
import { getInvitationView } from '../../api/invitations-api';
import { queryKeys } from '../../api/query-keys';

/** What an invitation link invites to; refused links (404, 409, 410) are answers to show, not to retry. */
export function useInvitationView(token: string) {
  return useQuery({ queryKey: queryKeys.invitationView(token), queryFn: ({ signal }) => getInvitationView(token, signal), staleTime: Infinity });
}
