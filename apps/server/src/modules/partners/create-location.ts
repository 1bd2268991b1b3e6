import type { CreateLocationRequest, PartnerLocation } from '@associa/contracts';
import { lockPartner, selectLocations } from './partner-queries';
import { locationLabel, presentPartnerLocation } from './present-partner';
import { type PartnerChangeContext, runPartnerChange } from './run-partner-change';

/** The program admin adds a location to a partner, enrolled in the given programs; 409 MPN_ID_TAKEN for an MPN ID in use anywhere. */
export async function createLocation({ partnerId, input, ...context }: PartnerChangeContext & { partnerId: string; input: CreateLocationRequest }): Promise<PartnerLocation> {
  const programs = [...input.enrolledPrograms].sort();
  return runPartnerChange(context, async (trx, now, audit) => {
    await lockPartner(trx, partnerId);
    const { id } = await trx
      .insertInto('partner_locations')
      .values({ organisation_id: partnerId, mpn_id: input.mpnId, name: input.name, country: input.country, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (programs.length) await trx.insertInto('location_enrolments').values(programs.map((p) => ({ location_id: id, program_code: p, enrolled_at: now }))).execute();
    await audit({
      action: 'LOCATION_CREATED',
      target: { type: 'LOCATION', id, label: locationLabel(input.name, input.mpnId), organisationId: partnerId },
      details: { after: { mpnId: input.mpnId, name: input.name, country: input.country, enrolledPrograms: programs } },
    });
    return presentPartnerLocation(await selectLocations(trx).where('l.id', '=', id).executeTakeFirstOrThrow());
  });
}
