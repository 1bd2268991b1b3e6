import type { ImportKind } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../../db/schema';
import type { GuidTest } from './import-sql';

/** Counts of valid rows by what the merge does (or would do, in a dry run) with them. */
export type MergeCounts = { inserted: number; updated: number; unchanged: number };

/** What running one import may use inside its transaction: the client, and Kysely on that same client. */
export type ImportContext = { client: pg.PoolClient; trx: Kysely<Database>; importId: string; today: string; now: Date; dryRun: boolean; isGuid: GuidTest; isMonth: GuidTest };

/**
 * One kind of import, as set-based SQL over the temp table `stage` (`line`, `raw`, one text column
 * per field): `check` builds the temp table `checked` (typed values and a `problems` text array per
 * line), `merge` classifies the valid rows and, unless it is a dry run, writes them.
 */
export type ImportKindSpec = {
  kind: ImportKind;
  check(ctx: ImportContext): Promise<void>;
  merge(ctx: ImportContext): Promise<MergeCounts>;
};

/** Counts the temp table `valid` by its `change` column: I(nsert), U(pdate), S(ame). */
export async function countChanges(client: pg.PoolClient): Promise<MergeCounts> {
  const row = (await client.query(`select count(*) filter (where change = 'I') inserted, count(*) filter (where change = 'U') updated, count(*) filter (where change = 'S') unchanged from valid`)).rows[0] ?? {};
  return { inserted: Number(row.inserted ?? 0), updated: Number(row.updated ?? 0), unchanged: Number(row.unchanged ?? 0) };
}
