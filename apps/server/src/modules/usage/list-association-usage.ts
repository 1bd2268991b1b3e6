import type { AssociationUsageQuery, UsagePage } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { readUsagePage } from './usage-page-query';
import { usageReaderFor } from './usage-policies';

/**
 * The months one association gives its partner (from its start month, while it is active; an
 * ended one gives none); vendor staff see its months from start to end. Another partner's
 * association is as unknown as one that does not exist.
 */
export async function listAssociationUsage({
  db,
  clock,
  actor,
  input,
}: {
  db: Db;
  clock: Clock;
  actor: Actor;
  input: AssociationUsageQuery & { associationId: string };
}): Promise<UsagePage> {
  const reader = usageReaderFor(actor);
  let own = db.selectFrom('associations').select('id').where('id', '=', input.associationId);
  if (reader.kind === 'PARTNER') own = own.where('organisation_id', '=', reader.organisationId);
  // The check, the read and its access entry are one statement (one round trip, one commit).
  const { page, found } = await readUsagePage(db, {
    reader,
    scope: { associationId: input.associationId },
    filters: input,
    cursor: input.cursor,
    limit: input.limit,
    log: { actor, kind: 'ASSOCIATION', at: clock.now() },
    found: own,
  });
  if (!found) throw notFound('The association');
  return page;
}
