import type { CreatePartnerRequest, Partner } from '@associa/contracts';
import { getPartner } from './get-partner';
import { type PartnerChangeContext, runPartnerChange } from './run-partner-change';

/** The program admin onboards a partner organisation (ACTIVE, no locations yet); 409 PARTNER_NAME_TAKEN for a name in use. */
export async function createPartner({ input, ...context }: PartnerChangeContext & { input: CreatePartnerRequest }): Promise<Partner> {
  return runPartnerChange(context, async (trx, now, audit) => {
    const { id } = await trx
      .insertInto('organisations')
      .values({ kind: 'PARTNER', name: input.name, country: input.country, status: 'ACTIVE', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'PARTNER_CREATED',
      target: { type: 'ORGANISATION', id, label: input.name, organisationId: id },
      details: { after: { name: input.name, country: input.country, status: 'ACTIVE' } },
    });
    return getPartner({ db: trx, partnerId: id });
  });
}
