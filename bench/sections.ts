// The bench's timed rows, by section: ceilings, fixed-size reads and writes, the claim lists and
// review queue, and usage. Each row drives the server child from this process with autocannon.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';
import { deterministicUuid } from '../apps/server/src/lib/deterministic-uuid';
import { startChild } from './child';
import { against, type LoadResult, runLoad, type Target } from './load';
import { benchTenantId } from './seed-claims';
import type { UsageSeed } from './seed-usage';

/** How every row runs. */
export type Opts = { connections: number; seconds: number };
/** A signed-in user's headers for the server child. */
export type Session = { headers: Record<string, string> };

/** Signs `email` in on the server child: its cookie and CSRF token. */
export async function login(base: string, email: string, password: string): Promise<Session> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!r.ok) throw new Error(`login ${email}: ${r.status}`);
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { headers: { cookie: r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': csrfToken } };
}

/** The ceiling rows, each server in its own child process, started for its row and stopped after. */
export async function measureCeilings(databaseUrl: string, organisationId: string, opts: Opts): Promise<{ insert: LoadResult; select: LoadResult }> {
  const run = async (mode: string, name: string, target: (base: string) => Target) => {
    const child = await startChild('ceiling-process.ts', { BENCH_CEILING: mode, BENCH_CEILING_DATABASE_URL: databaseUrl, BENCH_CEILING_ORG: organisationId });
    try {
      await runLoad(name, target(child.url), { ...opts, seconds: 1 });
      return await runLoad(name, target(child.url), opts);
    } finally {
      await child.stop();
    }
  };
  const insert = await run('insert', 'ceiling: bare Fastify+pg INSERT ... RETURNING', (b) => ({ url: `${b}/insert`, method: 'POST' }));
  const select = await run('select', 'ceiling: bare Fastify+pg indexed SELECT ... LIMIT 50', (b) => ({ url: `${b}/select` }));
  return { insert, select };
}

/** The claim body the validate rows send: a complete two-line claim of the demo partner. */
export function validateBody(name: string): string {
  return JSON.stringify({
    name,
    locationId: deterministicUuid('location:4412001'),
    customer: { domain: 'contoso.nl', tenantId: deterministicUuid('tenant:contoso.nl') },
    solutionArea: 'BUSINESS_APPLICATIONS',
    activities: ['USAGE'],
    lines: [{ productCode: 'POWER_BI_PRO' }, { productCode: 'DYNAMICS_365_SALES' }],
    customerContact: { name: 'C', title: 'T', email: 'c@contoso.nl' },
    customerTechnicalContact: { name: 'T', title: 'A', email: 't@contoso.nl' },
    partnerContact: { name: 'N', email: 'n@northwind.example' },
  });
}

/** Rows whose cost does not grow with the data: small reads, the catalogue, validation, submit. */
export async function measureFixedRows(base: string, s: Session, c: { insert: LoadResult; select: LoadResult }, opts: Opts, { reads, drafts: all }: { reads: boolean; drafts: string[] }): Promise<LoadResult[]> {
  const rows: LoadResult[] = [];
  let drafts = all;
  const json = { ...s.headers, 'content-type': 'application/json' };
  if (reads) {
    for (const path of ['/api/v1/me', '/api/v1/locations', '/api/v1/catalog']) rows.push(against(await runLoad(`GET ${path}`, { url: base + path, headers: s.headers }, opts), c.select));
    const etag = (await fetch(`${base}/api/v1/catalog`, { headers: s.headers })).headers.get('etag');
    if (etag) rows.push(against(await runLoad('GET /api/v1/catalog (If-None-Match: 304)', { url: `${base}/api/v1/catalog`, headers: { ...s.headers, 'if-none-match': etag } }, { ...opts, ok304: true }), c.select));
    const body = validateBody('Bench validate');
    rows.push(against(await runLoad('POST /api/v1/claims/validate (every check, 2 lines)', { url: `${base}/api/v1/claims/validate`, method: 'POST', headers: json, body }, opts), c.insert));
  }
  if (drafts.length) {
    // One submit first, so a failing path shows its answer instead of only a count.
    const first = await fetch(`${base}/api/v1/claims/${drafts[0]}/submit`, { method: 'POST', headers: s.headers });
    if (!first.ok) console.log(`Submit of a bench draft answered ${first.status}: ${(await first.text()).slice(0, 600)}`);
    drafts = drafts.slice(1);
    const target: Target = { url: `${base}/api/v1/claims/${drafts[0]}/submit`, method: 'POST', headers: s.headers, pathFor: (i) => `/api/v1/claims/${drafts[i % drafts.length]}/submit` };
    rows.push(against(await runLoad(`POST /api/v1/claims/{id}/submit (${drafts.length} drafts, each once)`, target, { ...opts, amount: drafts.length }), c.insert));
  }
  return rows;
}

/** The claim list and review queue rows (their paths are explained at the largest scale). */
export const listRows = (partner: string, reviewer: string) => [
  { name: 'GET /api/v1/claims first page', path: '/api/v1/claims', email: partner },
  { name: 'GET /api/v1/claims?status=UNDER_REVIEW,ACTION_REQUIRED', path: '/api/v1/claims?status=UNDER_REVIEW,ACTION_REQUIRED', email: partner },
  { name: 'GET /api/v1/claims?program=OSU_M365&product=INTUNE', path: '/api/v1/claims?program=OSU_M365&product=INTUNE', email: partner },
  { name: 'GET /api/v1/claims?sort=name', path: '/api/v1/claims?sort=name', email: partner },
  { name: 'GET /api/v1/claims?sort=-submitted', path: '/api/v1/claims?sort=-submitted', email: partner },
  { name: 'GET /api/v1/claims?q=woodgrove (common: 1 in 20)', path: '/api/v1/claims?q=woodgrove', email: partner },
  { name: 'GET /api/v1/claims?q=t4242.bench (rare)', path: '/api/v1/claims?q=t4242.bench', email: partner },
  { name: 'GET /api/v1/review/queue first page', path: '/api/v1/review/queue', email: reviewer },
  { name: 'GET /api/v1/review/queue?status=ACTION_REQUIRED&program=OSU_M365', path: '/api/v1/review/queue?status=ACTION_REQUIRED&program=OSU_M365', email: reviewer },
  { name: 'GET /api/v1/review/queue?status=UNDER_REVIEW', path: '/api/v1/review/queue?status=UNDER_REVIEW', email: reviewer },
  { name: 'GET /api/v1/review/queue?late=true&contested=true', path: '/api/v1/review/queue?late=true&contested=true', email: reviewer },
];

/** Measures each list row as its user. */
export async function measureListRows(base: string, sessions: Record<string, Session>, select: LoadResult, rows: ReturnType<typeof listRows>, opts: Opts): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for (const r of rows) out.push(against(await runLoad(r.name, { url: base + r.path, headers: sessions[r.email]!.headers }, opts), select));
  return out;
}

/** The usage rows' paths (the tenant and association ones rotate over many keys). */
export const usageRows = (seed: UsageSeed, email: string) => [
  { name: 'GET /api/v1/usage first page', path: '/api/v1/usage', email },
  { name: 'GET /api/v1/usage?tenantId=<one tenant>', path: `/api/v1/usage?tenantId=${benchTenantId(1 + Math.floor(seed.tenants / 2))}`, email, pathFor: (i: number) => `/api/v1/usage?tenantId=${benchTenantId(1 + ((i * 7919) % seed.tenants))}` },
  { name: 'GET /api/v1/associations/{id}/usage', path: `/api/v1/associations/${seed.associationIds[0]}/usage`, email, pathFor: (i: number) => `/api/v1/associations/${seed.associationIds[i % seed.associationIds.length]}/usage` },
];

/** Access log rows written so far (entries, key rows). */
const logCounts = async (db: Db) => (await sql<{ entries: number; keys: number }>`select (select count(*)::int from usage_access_log) as entries, (select count(*)::int from usage_access_keys) as keys`.execute(db)).rows[0]!;

/**
 * The usage rows on the server child, the same read in a ceiling child without and with the log
 * insert, and the log rows each request wrote.
 */
export async function measureUsage(db: Db, databaseUrl: string, base: string, session: Session, userId: string, seed: UsageSeed, select: LoadResult, opts: Opts) {
  const rows: LoadResult[] = [];
  const perRequest: Record<string, { entries: number; keys: number }> = {};
  for (const r of usageRows(seed, '')) {
    const before = await logCounts(db);
    const row = against(await runLoad(r.name, { url: base + r.path, headers: session.headers, pathFor: r.pathFor }, opts), select);
    const after = await logCounts(db);
    perRequest[r.name] = { entries: (after.entries - before.entries) / row.requests, keys: (after.keys - before.keys) / row.requests };
    row.note = [row.note, `log ${perRequest[r.name]!.entries.toFixed(2)} entries + ${perRequest[r.name]!.keys.toFixed(2)} key rows/req`].filter(Boolean).join('; ');
    rows.push(row);
  }
  const child = await startChild('ceiling-process.ts', { BENCH_CEILING: 'usage', BENCH_CEILING_DATABASE_URL: databaseUrl, BENCH_CEILING_USER: userId });
  try {
    await runLoad('warm-up', { url: `${child.url}/usage` }, { ...opts, seconds: 1 });
    rows.push(against(await runLoad('ceiling: same usage first-page read, bare, no log', { url: `${child.url}/usage` }, opts), select));
    rows.push(against(await runLoad('ceiling: same usage first-page read, bare, with log', { url: `${child.url}/usage?log=1` }, opts), select));
  } finally {
    await child.stop();
  }
  const [app, noLog, withLog] = [rows[0]!, rows.at(-2)!, rows.at(-1)!];
  const logCost = { p50Ms: withLog.p50 - noLog.p50, p95Ms: withLog.p95 - noLog.p95, throughputLoss: 1 - withLog.rps / noLog.rps };
  const appOverBare = { p50Ms: app.p50 - noLog.p50, p95Ms: app.p95 - noLog.p95, ratio: app.rps / noLog.rps };
  return { rows, perRequest, logCost, appOverBare };
}
