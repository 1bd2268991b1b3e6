import { useMe } from '../auth/use-me';

/**
 * What the associations screens offer the signed-in user. Associations carry no `allowedActions`
 * in the contract, so this reads the role: only a partner admin may end one (the server checks again),
 * and only vendor staff see associations of several partners, so only they need the partner column.
 */
export function useAssociationPermissions() {
  const { data: me } = useMe();
  return {
    canEnd: me?.user.role === 'PARTNER_ADMIN',
    showPartner: me?.organisation.kind === 'VENDOR',
  };
}
