import type { Kysely } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/unique-violation';
import { auditByActor, recordAudit } from '../audit/record-audit';
import type { Actor } from '../users/actor';

/** What every partner-administration use case is given besides its input: who acts, when, from where. */
export type PartnerChangeContext = { db: Db; clock: Clock; actor: Actor; meta: { ip: string | null } };

/** Records the change's audit entry; who, when and from where come from the context. */
export type AuditChange = (entry: Omit<Parameters<typeof recordAudit>[1], 'at' | 'by' | 'ip'>) => Promise<void>;

// The database refuses a duplicate organisation name or MPN ID, race or not; answer with a 409 to act on.
function asPartnerConflict(err: unknown): unknown {
  if (isUniqueViolation(err, 'organisations_name_key')) {
    return new AppError(409, 'PARTNER_NAME_TAKEN', 'Another organisation already has this name.', [
      { path: 'name', code: 'PARTNER_NAME_TAKEN', message: 'Choose a name no other organisation uses (case does not count).' },
    ]);
  }
  if (isUniqueViolation(err, 'partner_locations_mpn_id_key')) {
    return new AppError(409, 'MPN_ID_TAKEN', 'This MPN ID already belongs to a location.', [
      { path: 'mpnId', code: 'MPN_ID_TAKEN', message: 'An MPN ID identifies one location of one partner; this one is in use.' },
    ]);
  }
  return err;
}

/**
 * Runs one change to a partner or its locations in a transaction with its audit entry, so both
 * commit or neither does; a duplicate name or MPN ID becomes 409 PARTNER_NAME_TAKEN / MPN_ID_TAKEN.
 */
export async function runPartnerChange<T>(
  { db, clock, actor, meta }: PartnerChangeContext,
  change: (trx: Kysely<Database>, now: Date, audit: AuditChange) => Promise<T>,
): Promise<T> {
  const now = clock.now();
  try {
    return await db.transaction().execute((trx) => change(trx, now, (entry) => recordAudit(trx, { ...entry, at: now, by: auditByActor(actor), ip: meta.ip })));
  } catch (err) {
    throw asPartnerConflict(err);
  }
}
