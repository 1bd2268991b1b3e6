import type { UserAction } from '@associa/contracts';
import { canManageWebhooks } from '../webhooks/webhook-policies';
import type { Actor } from './actor';

/** Vendor staff: reviewers and program admins. */
export const isVendorStaff = (actor: Actor) => actor.organisationKind === 'VENDOR' && (actor.role === 'REVIEWER' || actor.role === 'PROGRAM_ADMIN');

/** Staff of a partner organisation, admin or user. */
export const isPartnerStaff = (actor: Actor) =>
  actor.organisationKind === 'PARTNER' && (actor.role === 'PARTNER_ADMIN' || actor.role === 'PARTNER_USER');

/** A suspended partner's staff keep reading everything but pursue no claims until reactivated. */
export const isSuspendedPartner = (actor: Actor) => actor.organisationKind === 'PARTNER' && actor.organisationStatus === 'SUSPENDED';

/** Program admins manage partner organisations, their locations and enrolments. */
export const canManagePartners = (actor: Actor) => isVendorStaff(actor) && actor.role === 'PROGRAM_ADMIN';

/** The audit log is the program admin's. */
export const canReadAuditLog = (actor: Actor) => isVendorStaff(actor) && actor.role === 'PROGRAM_ADMIN';

/** The customer directory (tenants, domains, subscriptions) is the vendor's data. */
export const canReadDirectory = (actor: Actor) => isVendorStaff(actor);

/** Partner admins manage their organisation's tokens; program admins the vendor's. */
export const canManageApiTokens = (actor: Actor) => actor.role === 'PARTNER_ADMIN' || actor.role === 'PROGRAM_ADMIN';

/** Only partner staff have locations. */
export const canReadLocations = (actor: Actor) => isPartnerStaff(actor);

/** Everything the UI may offer this actor, so it never re-derives permissions. */
export function allowedActionsFor(actor: Actor): UserAction[] {
  const actions: UserAction[] = [];
  if (isPartnerStaff(actor)) actions.push('claims.read', 'locations.read');
  if (actor.role === 'PARTNER_ADMIN') {
    if (!isSuspendedPartner(actor)) actions.push('claims.create');
    actions.push('users.manage');
  }
  if (canManageApiTokens(actor)) actions.push('tokens.manage');
  if (isVendorStaff(actor)) actions.push('claims.read', 'directory.read', 'review.work');
  if (actor.role === 'PROGRAM_ADMIN') actions.push('catalog.manage', 'users.manage', 'outbox.read');
  if (canManagePartners(actor)) actions.push('partners.manage');
  if (canReadAuditLog(actor)) actions.push('audit.read');
  if (isPartnerStaff(actor) || isVendorStaff(actor)) actions.push('usage.read');
  if (isVendorStaff(actor) || actor.role === 'PARTNER_ADMIN') actions.push('usage.accessLog');
  if (isVendorStaff(actor)) actions.push('usage.dashboard');
  if (canManageWebhooks(actor)) actions.push('webhooks.manage');
  return actions;
}
