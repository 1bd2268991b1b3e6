import type { AuditAction, Partner, PartnerStatus, UpdatePartnerRequest } from '@associa/contracts';
import { changedFields, type FieldChanges } from '../audit/changed-fields';
import { getPartner } from './get-partner';
import { lockPartner } from './partner-queries';
import { type PartnerChangeContext, runPartnerChange } from './run-partner-change';

/** Names an update in the audit log by what matters most: a suspension or reactivation, else an update. */
export function partnerAuditAction(changes: FieldChanges<{ status: PartnerStatus }>): AuditAction {
  if (changes.after.status === 'SUSPENDED') return 'PARTNER_SUSPENDED';
  if (changes.after.status === 'ACTIVE') return 'PARTNER_REACTIVATED';
  return 'PARTNER_UPDATED';
}

/**
 * Renames, moves, suspends or reactivates a partner; a suspension keeps every claim, association,
 * user and token, and takes effect on its users' next request. A request that changes nothing
 * writes nothing. 409 PARTNER_NAME_TAKEN for a name in use, 404 for the vendor.
 */
export async function updatePartner({ partnerId, input, ...context }: PartnerChangeContext & { partnerId: string; input: UpdatePartnerRequest }): Promise<Partner> {
  return runPartnerChange(context, async (trx, now, audit) => {
    const before = await lockPartner(trx, partnerId);
    const changes = changedFields({ name: before.name, country: before.country, status: before.status }, input);
    if (changes) {
      await trx.updateTable('organisations').set({ ...changes.after, updated_at: now }).where('id', '=', partnerId).execute();
      await audit({
        action: partnerAuditAction(changes),
        target: { type: 'ORGANISATION', id: partnerId, label: changes.after.name ?? before.name, organisationId: partnerId },
        details: changes,
      });
    }
    return getPartner({ db: trx, partnerId });
  });
}
