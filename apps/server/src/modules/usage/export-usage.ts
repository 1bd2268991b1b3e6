import type { UsageFilters, UsageRecord } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { recordUsageExport } from './usage-access-log';
import { filteredUsage, readUsagePage } from './usage-page-query';
import { usageReaderFor } from './usage-policies';

const EXPORT_PAGE = 1000;

/**
 * Every row of the filtered usage the caller may read, for a streamed CSV. Its one access entry
 * (every key and month the export holds) is committed before the first row leaves; the rows then
 * stream page by page under the access rule and within what the entry recorded, so nothing is
 * sent that the log does not name (an association ending meanwhile cuts the rest off).
 */
export async function* exportUsage({ db, clock, actor, input }: { db: Db; clock: Clock; actor: Actor; input: UsageFilters }): AsyncGenerator<UsageRecord> {
  const reader = usageReaderFor(actor);
  const accessId = await db.transaction().execute((trx) => recordUsageExport(trx, { actor, at: clock.now(), rows: filteredUsage(trx, reader, {}, input) }));
  if (!accessId) return;
  let cursor: string | undefined;
  do {
    const { page } = await readUsagePage(db, { reader, scope: { accessId }, filters: input, cursor, limit: EXPORT_PAGE });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
