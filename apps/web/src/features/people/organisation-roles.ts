import type { MeResponse, OrganisationKind, Role } from '@associa/contracts';

/** The roles of each kind of organisation, the least powerful first: the vendor's staff review and run the programs, a partner's staff file claims. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  VENDOR: ['REVIEWER', 'PROGRAM_ADMIN'],
  PARTNER: ['PARTNER_USER', 'PARTNER_ADMIN'],
};

/** An organisation someone can be invited into. */
export type InviteTarget = { id: string; name: string; kind: OrganisationKind };

/** Whether the inviter picks the organisation: those who manage partners invite into the vendor or any partner, others into their own. */
export function canPickOrganisation(me: Pick<MeResponse, 'allowedActions'>): boolean {
  return me.allowedActions.includes('partners.manage');
}

/** Where this inviter may invite people: their own organisation first, then (for those who manage partners) every partner. */
export function inviteTargets(me: Pick<MeResponse, 'allowedActions' | 'organisation'>, partners: readonly { id: string; name: string }[]): InviteTarget[] {
  const own: InviteTarget = { id: me.organisation.id, name: me.organisation.name, kind: me.organisation.kind };
  if (!canPickOrganisation(me)) return [own];
  return [own, ...partners.filter((partner) => partner.id !== own.id).map((partner) => ({ ...partner, kind: 'PARTNER' as const }))];
}

/** The roles an inviter offers for an organisation: those of its kind (the server still checks the inviter may give them). */
export function invitableRoles(target: InviteTarget | undefined): readonly Role[] {
  return target ? ROLES_BY_KIND[target.kind] : [];
}
