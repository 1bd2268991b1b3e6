import type { ListUsageQuery, UsagePage } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { readUsagePage } from './usage-page-query';
import { usageReaderFor } from './usage-policies';

/**
 * A page of the usage the caller may read (partners: through their active associations, from each
 * one's start month; vendor staff: all), read and logged in one statement: no entry, no answer.
 */
export async function listUsage({ db, clock, actor, input }: { db: Db; clock: Clock; actor: Actor; input: Omit<ListUsageQuery, 'format'> }): Promise<UsagePage> {
  const reader = usageReaderFor(actor);
  const { page } = await readUsagePage(db, { reader, filters: input, cursor: input.cursor, limit: input.limit, log: { actor, kind: 'LIST', at: clock.now() } });
  return page;
}
