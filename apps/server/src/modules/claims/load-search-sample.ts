import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { SearchSample } from './claim-search';

// ANALYZE (autovacuum's, or the bench's) refreshes the sample; a minute old is fresh enough to
// choose a plan, and each process then reads it once a minute, not once a search.
const FRESH_MS = 60_000;
const samples = new WeakMap<Db, { at: number; sample: Promise<SearchSample | null> }>();

/** PostgreSQL's sample of claims.search_text, or null before the table was first analyzed. */
async function readSearchSample(db: Db): Promise<SearchSample | null> {
  const { rows } = await sql<{ common: string[] | null; frequencies: number[] | null; spread: string[] | null; null_fraction: number }>`
    select most_common_vals::text::text[] as common, most_common_freqs as frequencies,
           histogram_bounds::text::text[] as spread, null_frac as null_fraction
      from pg_stats
     where schemaname = current_schema() and tablename = 'claims' and attname = 'search_text'`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return {
    common: (row.common ?? []).map((value, i) => ({ value, frequency: row.frequencies?.[i] ?? 0 })),
    spread: row.spread ?? [],
    nullFraction: row.null_fraction,
  };
}

/** The search column's sample for planning a search, read at most once a minute per process; null when unknown. */
export function loadSearchSample(db: Db, nowMs = Date.now()): Promise<SearchSample | null> {
  const cached = samples.get(db);
  if (cached && nowMs - cached.at < FRESH_MS) return cached.sample;
  // A failed read plans without a sample (the planner's own choice), and is tried again next time.
  const sample = readSearchSample(db).catch(() => {
    samples.delete(db);
    return null;
  });
  samples.set(db, { at: nowMs, sample });
  return sample;
}
