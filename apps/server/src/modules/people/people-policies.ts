import type { OrganisationKind, Role } from '@associa/contracts';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';

/** The roles each kind of organisation holds (the database refuses any other pairing too). */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  VENDOR: ['REVIEWER', 'PROGRAM_ADMIN'],
  PARTNER: ['PARTNER_ADMIN', 'PARTNER_USER'],
};

/** The role whose last active holder an organisation can't lose. */
export const adminRoleOf = (kind: OrganisationKind): Role => (kind === 'VENDOR' ? 'PROGRAM_ADMIN' : 'PARTNER_ADMIN');

const isProgramAdmin = (actor: Actor) => actor.role === 'PROGRAM_ADMIN' && actor.organisationKind === 'VENDOR';
const isPartnerAdmin = (actor: Actor) => actor.role === 'PARTNER_ADMIN' && actor.organisationKind === 'PARTNER';

/** Program admins manage everyone's people; partner admins their own organisation's. */
export const canManagePeople = (actor: Actor) => isProgramAdmin(actor) || isPartnerAdmin(actor);

/** The one organisation whose people and invitations the actor's lists show; null for everyone's (a program admin). */
export const peopleScopeOf = (actor: Actor): string | null => (isProgramAdmin(actor) ? null : actor.organisationId);

/** Whether an organisation's people and invitations exist for the actor at all (outside: 404, or 403 for an explicit target). */
export const canReachOrganisation = (actor: Actor, organisationId: string) => isProgramAdmin(actor) || (isPartnerAdmin(actor) && actor.organisationId === organisationId);

/**
 * Whether the actor may give a role (by invitation or change) in an organisation: a program admin
 * any role (whether it fits is checked apart), a partner admin only partner roles in its own.
 */
export const canGrantRole = (actor: Actor, role: Role, organisationId: string) =>
  isProgramAdmin(actor) || (isPartnerAdmin(actor) && actor.organisationId === organisationId && ROLES_BY_KIND.PARTNER.includes(role));

/** Refuses a role the organisation's kind can't hold, at the request's `role` field. */
export function assertRoleFitsOrganisation(role: Role, kind: OrganisationKind): void {
  if (ROLES_BY_KIND[kind].includes(role)) return;
  throw new AppError(400, 'VALIDATION_FAILED', `A ${kind.toLowerCase()} organisation has no ${role} role.`, [
    { path: 'role', code: 'ROLE_NOT_FOR_ORGANISATION', message: `Choose one of ${ROLES_BY_KIND[kind].join(', ')} for this organisation.` },
  ]);
}
