import type { UsageAccessKind, UsageGrowthList } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { recordUsageRead } from './usage-access-log';
import { findUsageGrowth, type UsageGrowthFilters } from './usage-growth-query';
import { usageReaderFor } from './usage-policies';

/**
 * The usage overview: each of the caller's active associations (vendor staff: all) with its active
 * users at the start and now. The figures are usage read, so the read is logged like a page of
 * `GET /usage` (the start and latest months of each key), in the same transaction.
 */
export async function listUsageGrowth({ db, clock, actor, input, kind = 'LIST' }: { db: Db; clock: Clock; actor: Actor; input: UsageGrowthFilters; kind?: UsageAccessKind }): Promise<UsageGrowthList> {
  const reader = usageReaderFor(actor);
  return db.transaction().execute(async (trx) => {
    const { items, read } = await findUsageGrowth(trx, { reader, filters: input });
    await recordUsageRead(trx, { actor, kind, at: clock.now(), rows: read });
    return { items };
  });
}
