import type { CustomerPage } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { endAssociations } from '../associations/end-associations';
import { presentCustomerPage } from './get-customer-page';
import { findTenantLink } from './tenant-links';

/**
 * The customer ends one of its tenant's active associations from the customer page, with a reason:
 * the customer revoke (CUSTOMER_REVOKED) the activation e-mail's link also makes. The partner's
 * access ends in the same transaction. Another tenant's association is as unknown as a made-up id.
 */
export async function revokeFromCustomerPage({ db, clock, token, input }: { db: Db; clock: Clock; token: string; input: { associationId: string; reason: string } }): Promise<CustomerPage> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const link = await findTenantLink(trx, token, now, { forUpdate: true });
    const association = await trx.selectFrom('associations').select(['id', 'status']).where('id', '=', input.associationId).where('tenant_id', '=', link.tenant_id).executeTakeFirst();
    if (!association) throw notFound('The association');
    const ended = await endAssociations(trx, { associationIds: [association.id], reason: 'CUSTOMER_REVOKED', message: input.reason, by: { type: 'CUSTOMER', name: link.contact_email }, at: now });
    if (!ended.length) throw new AppError(409, 'ASSOCIATION_ENDED', 'This association has already ended; nothing was changed.');
    await trx.updateTable('customer_links').set({ used_at: now, used_action: 'REVOKED' }).where('id', '=', link.id).execute();
    return presentCustomerPage(trx, link);
  });
}
