import type { AssociationUsageQuery, UsagePage } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { recordUsageRead } from './usage-access-log';
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
  return db.transaction().execute(async (trx) => {
    let own = trx.selectFrom('associations').select('id').where('id', '=', input.associationId);
    if (reader.kind === 'PARTNER') own = own.where('organisation_id', '=', reader.organisationId);
    if (!(await own.executeTakeFirst())) throw notFound('The association');
    const { page, read } = await readUsagePage(trx, { reader, scope: { associationId: input.associationId }, filters: input, cursor: input.cursor, limit: input.limit });
    await recordUsageRead(trx, { actor, kind: 'ASSOCIATION', at: clock.now(), rows: read });
    return page;
  });
}
