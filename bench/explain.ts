// EXPLAIN ANALYZE of the SQL the server runs for a list row: the row's path is handed to the same
// use case the route calls (query parsed by the same contract schema), on a Kysely instance that
// records every compiled query; each SELECT it ran is explained with its own parameters.
import { AssociationUsageQuerySchema, ListClaimsQuerySchema, ListUsageQuerySchema, ReviewQueueQuerySchema } from '@associa/contracts';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../apps/server/src/db/schema';
import { systemClock } from '../apps/server/src/lib/clock';
import { listClaims } from '../apps/server/src/modules/claims/list-claims';
import { listReviewQueue } from '../apps/server/src/modules/review/list-review-queue';
import { listAssociationUsage } from '../apps/server/src/modules/usage/list-association-usage';
import { listUsage } from '../apps/server/src/modules/usage/list-usage';
import { type Actor, findActorFields } from '../apps/server/src/modules/users/actor';

/** One explained list query: the scan nodes of its plan, and whether it reads a big table whole. */
export type Explained = { name: string; path: string; executionMs: number; nodes: string[]; seqScans: string[]; plan: string[] };

const BIG_TABLES = ['claims', 'claim_lines', 'usage_records', 'associations', 'usage_access_log', 'usage_access_keys'];

/** Runs the use case behind `path` for the user `email` (its result is dropped). */
async function runUseCase(db: Kysely<Database>, actor: Actor, path: string): Promise<void> {
  const url = new URL(path, 'http://bench');
  const query = Object.fromEntries(url.searchParams);
  const assoc = /^\/api\/v1\/associations\/([^/]+)\/usage$/.exec(url.pathname);
  if (url.pathname === '/api/v1/claims') await listClaims({ db, actor, query: ListClaimsQuerySchema.parse(query) });
  else if (url.pathname === '/api/v1/review/queue') await listReviewQueue({ db, actor, query: ReviewQueueQuerySchema.parse(query), now: new Date() });
  else if (url.pathname === '/api/v1/usage') await listUsage({ db, clock: systemClock, actor, input: ListUsageQuerySchema.parse(query) });
  else if (assoc) await listAssociationUsage({ db, clock: systemClock, actor, input: { ...AssociationUsageQuerySchema.parse(query), associationId: assoc[1]! } });
  else throw new Error(`no use case known for ${path}`);
}

/** Explains every SELECT the use case behind each row's path runs, as the given user. */
export async function explainRows(databaseUrl: string, rows: { name: string; path: string; email: string }[]): Promise<Explained[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const captured: CompiledQuery[] = [];
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: (e) => void (e.level === 'query' && captured.push(e.query)) });
  const out: Explained[] = [];
  try {
    for (const row of rows) {
      const fields = await findActorFields(db, (await db.selectFrom('users').select('id').where('email', '=', row.email).executeTakeFirstOrThrow()).id);
      const actor = { ...fields!, via: 'session', csrfToken: null } as Actor;
      captured.length = 0;
      await runUseCase(db, actor, row.path);
      const selects = captured.filter((q) => /^\s*(with|select)\b/i.test(q.sql));
      for (const [n, q] of selects.entries()) {
        const r = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, costs off) ${q.sql}`, q.parameters as unknown[]);
        const plan = r.rows.map((x) => x['QUERY PLAN']);
        const nodes = plan.filter((l, i) => i === 0 || l.includes('->')).map((l) => {
            const rows = /actual (?:time=\S+ )?rows=([\d.]+)/.exec(l)?.[1];
            return l.replace(/^\s*(->\s*)?/, '').replace(/\s*\(actual.*$/, '') + (rows ? ` (rows=${rows})` : '');
          });
        const seqScans = nodes.filter((l) => BIG_TABLES.some((t) => new RegExp(`^Seq Scan on ${t}\\b`).test(l)));
        const executionMs = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? 0);
        out.push({ name: selects.length > 1 ? `${row.name} [query ${n + 1}]` : row.name, path: row.path, executionMs, nodes, seqScans, plan });
      }
    }
  } finally {
    await db.destroy();
  }
  return out;
}

/** Prints one explained query as a short summary, flagging whole-table reads of the big tables. */
export function printExplained(list: Explained[]): void {
  for (const e of list) {
    const flag = e.seqScans.length ? `  !! ${e.seqScans.join('; ')}` : '';
    console.log(`- ${e.name}: ${e.executionMs.toFixed(2)} ms${flag}\n    ${e.nodes.join(' | ')}`);
  }
}
