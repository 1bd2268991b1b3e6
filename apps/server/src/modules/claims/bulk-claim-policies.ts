import type { Actor } from '../users/actor';
import { isPartnerStaff } from '../users/policies';

/** Bulk claims are created by whoever creates single claims: the partner's incentives administrator. */
export const canCreateBulkClaims = (actor: Actor) => actor.organisationKind === 'PARTNER' && actor.role === 'PARTNER_ADMIN';

/** A bulk upload's record is its organisation's: its partner staff read it, nobody else knows it exists. */
export const canReadBulkClaims = (actor: Actor, upload: { organisationId: string }) => isPartnerStaff(actor) && actor.organisationId === upload.organisationId;
