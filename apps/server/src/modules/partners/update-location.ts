import type { PartnerLocation, UpdateLocationRequest } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { changedFields } from '../audit/changed-fields';
import { selectLocations } from './partner-queries';
import { locationLabel, presentPartnerLocation } from './present-partner';
import { type PartnerChangeContext, runPartnerChange } from './run-partner-change';

// Replaces a location's enrolments with `programs`; a program kept keeps its enrolment date.
async function replaceEnrolments(trx: Kysely<Database>, locationId: string, programs: string[], now: Date) {
  let removed = trx.deleteFrom('location_enrolments').where('location_id', '=', locationId);
  if (programs.length) removed = removed.where('program_code', 'not in', programs);
  await removed.execute();
  if (!programs.length) return;
  await trx
    .insertInto('location_enrolments')
    .values(programs.map((p) => ({ location_id: locationId, program_code: p, enrolled_at: now })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Changes a partner's location: any of its fields, and `enrolledPrograms` replaces the set. Claims
 * already made stay; the entry checks of new ones see the new set. 404 when the location is not
 * this partner's, 409 MPN_ID_TAKEN for an MPN ID in use.
 */
export async function updateLocation({
  partnerId,
  locationId,
  input,
  ...context
}: PartnerChangeContext & { partnerId: string; locationId: string; input: UpdateLocationRequest }): Promise<PartnerLocation> {
  const find = (trx: Kysely<Database>) => selectLocations(trx).where('l.id', '=', locationId).where('l.organisation_id', '=', partnerId);
  return runPartnerChange(context, async (trx, now, audit) => {
    const before = await find(trx).forUpdate().executeTakeFirst();
    if (!before) throw notFound('The location');
    const changes = changedFields(
      { mpnId: before.mpn_id, name: before.name, country: before.country, enrolledPrograms: before.programs },
      { ...input, enrolledPrograms: input.enrolledPrograms && [...input.enrolledPrograms].sort() },
    );
    if (!changes) return presentPartnerLocation(before);
    const { mpnId, name, country, enrolledPrograms } = changes.after;
    await trx.updateTable('partner_locations').set({ mpn_id: mpnId, name, country, updated_at: now }).where('id', '=', locationId).execute();
    if (enrolledPrograms) await replaceEnrolments(trx, locationId, enrolledPrograms, now);
    await audit({
      action: 'LOCATION_UPDATED',
      target: { type: 'LOCATION', id: locationId, label: locationLabel(name ?? before.name, mpnId ?? before.mpn_id), organisationId: partnerId },
      details: changes,
    });
    return presentPartnerLocation(await find(trx).executeTakeFirstOrThrow());
  });
}
