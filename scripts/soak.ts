// `npm run soak`: minutes of mixed traffic (partners filing and submitting claims, reviewers
// approving, customers confirming from their e-mailed links) against two API processes and two
// worker processes on one PostgreSQL, while one of the four is killed with SIGKILL at random
// moments and started again. Then it checks that every acknowledged write is there, no claim made
// one transition twice, no e-mail went twice and no job is stuck, and prints the counts.
// Settings: SOAK_SECONDS (120), SOAK_KILL_EVERY_MS (5000), SOAK_CLIENTS (6), DATABASE_URL (else embedded).
import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { sql } from 'kysely';
import { REPO_ROOT } from '../apps/server/src/config/config';
import { createDb } from '../apps/server/src/db/client';
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from '../apps/server/src/db/embedded-postgres';
import { ensureDatabase } from '../apps/server/src/db/ensure-database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { deterministicUuid } from '../apps/server/src/lib/deterministic-uuid';
import { DEMO_TENANTS } from '../apps/server/src/modules/demo/demo-data';
import { seedDemoData } from '../apps/server/src/modules/demo/seed-demo-data';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const KILL_EVERY_MS = Number(process.env.SOAK_KILL_EVERY_MS ?? 5000);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 6);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PRODUCTS = ['MICROSOFT_TEAMS', 'INTUNE', 'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'ONEDRIVE', 'WINDOWS_365', 'MICROSOFT_365_APPS'];
const TENANTS = DEMO_TENANTS.map((t) => t[3]);

type Role = { name: string; kind: 'api' | 'worker'; port?: number; proc: ChildProcess | null; restarts: number };

/** Counts of what happened, printed at the end. */
const counts = { requests: 0, refused: 0, kills: 0, created: 0, submitted: 0, approved: 0, confirmed: 0 };

async function main() {
  let stopCluster = async () => undefined as unknown;
  let adminUrl = process.env.DATABASE_URL;
  const dir = adminUrl ? null : await makeTempDataDir('associa-soak-');
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: dir! });
    adminUrl = cluster.connectionString('postgres');
    stopCluster = cluster.stop;
  }
  const dbName = `associa_soak_${Date.now()}`;
  await ensureDatabase(adminUrl, dbName);
  const url = adminUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const { db, pool } = createDb(url, 5);
  await migrateToLatest({ db, pool });
  await seedDemoData({ db, password: 'associa-demo' });

  // The customers' mailbox: every message by its Message-ID, and each consent link once.
  const received: string[] = [];
  const links: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let text = '';
      stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
      stream.on('end', () => {
        const unfolded = text.replace(/=\r?\n/g, '');
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(text)?.[1];
        if (id) received.push(id);
        const link = /https:\/\/associa\.soak\/consent\/([A-Za-z0-9_-]+)/.exec(unfolded)?.[1];
        if (link) links.push(link);
        done();
      });
    },
  });
  const smtpPort = await findFreePort();
  await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', r));

  const env = { ...process.env, DATABASE_URL: url, SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`, PUBLIC_URL: 'https://associa.soak', LOG_LEVEL: 'error', WORKER_STALE_SECONDS: '5', ASSOCIA_WEB_DIR: '/nonexistent' };
  const roles: Role[] = [
    { name: 'api-1', kind: 'api', port: await findFreePort(), proc: null, restarts: 0 },
    { name: 'api-2', kind: 'api', port: await findFreePort(), proc: null, restarts: 0 },
    { name: 'worker-1', kind: 'worker', proc: null, restarts: 0 },
    { name: 'worker-2', kind: 'worker', proc: null, restarts: 0 },
  ];
  const start = (r: Role) => {
    r.proc = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'apps/server/src/cli.ts'), r.kind === 'api' ? 'serve' : 'worker'], {
      cwd: REPO_ROOT,
      env: { ...env, PORT: String(r.port ?? 0) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  };
  roles.forEach(start);
  const apis = roles.filter((r) => r.kind === 'api');
  const base = (r: Role) => `http://127.0.0.1:${r.port}`;
  const up = async (r: Role) => fetch(`${base(r)}/api/v1/health`).then((x) => x.ok, () => false);
  for (const r of apis) while (!(await up(r))) await new Promise((w) => setTimeout(w, 200));

  const login = async (email: string) => {
    const res = await fetch(`${base(apis[0]!)}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'associa-demo' }) });
    if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': csrf };
  };
  const northwind = await login('partner.admin@northwind.example');
  const reviewer = await login('reviewer@vendor.example');

  // One request as a load balancer would send it: to a random API process, and to the other one
  // when that refuses the connection. A request cut by a kill mid-way is no answer (not retried here).
  const call = async (method: string, p: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: any } | null> => {
    counts.requests++;
    const first = Math.floor(Math.random() * apis.length);
    for (const api of [apis[first]!, apis[(first + 1) % apis.length]!]) {
      try {
        const init: RequestInit = { method, headers: { ...headers } };
        if (body instanceof FormData) init.body = body;
        else if (body !== undefined) {
          init.body = JSON.stringify(body);
          (init.headers as Record<string, string>)['content-type'] = 'application/json';
        }
        const res = await fetch(base(api) + p, { ...init, signal: AbortSignal.timeout(15_000) });
        const text = await res.text();
        return { status: res.status, json: text ? JSON.parse(text) : null };
      } catch (err) {
        const refused = (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
        if (!refused) break;
      }
    }
    counts.refused++;
    await new Promise((r) => setTimeout(r, 100));
    return null;
  };

  // Acknowledged writes, checked at the end against the database.
  const ackCreated: string[] = [];
  const ackSubmitted: string[] = [];
  const ackApproved: string[] = [];
  const ackConfirmed: string[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;
  const partner = async () => {
    while (Date.now() < deadline) {
      const i = n++;
      const domain = TENANTS[i % TENANTS.length]!;
      const body = {
        name: `Soak ${i}`,
        locationId: deterministicUuid('location:4412001'),
        customer: { domain, tenantId: deterministicUuid(`tenant:${domain}`) },
        solutionArea: 'MICROSOFT_365',
        activities: ['USAGE'],
        lines: [{ productCode: PRODUCTS[Math.floor(i / TENANTS.length) % PRODUCTS.length] }],
        customerContact: { name: 'Soak Customer', title: 'CIO', email: `soak.${i}@${domain}` },
        partnerContact: { name: 'Nina de Vries', email: 'nina@northwind.example' },
      };
      const created = await call('POST', '/api/v1/claims', northwind, body);
      if (created?.status !== 201) continue;
      const id = created.json.id as string;
      ackCreated.push(id);
      counts.created++;
      const form = new FormData();
      form.append('file', new Blob([PDF]), 'sow.pdf');
      // Retried until answered: an upload or submit lost with a killed process is sent again.
      for (let tries = 0; tries < 5; tries++) if ((await call('POST', `/api/v1/claims/${id}/documents`, northwind, form))?.status === 201) break;
      for (let tries = 0; tries < 5; tries++) {
        const res = await call('POST', `/api/v1/claims/${id}/submit`, northwind);
        if (res?.status === 200) {
          ackSubmitted.push(id);
          counts.submitted++;
          break;
        }
        if (res && res.status !== 503 && res.status !== 409) break;
      }
    }
  };
  const review = async () => {
    while (Date.now() < deadline) {
      const queue = await call('GET', '/api/v1/review/queue?status=UNDER_REVIEW&limit=10', reviewer);
      for (const item of (queue?.json?.items ?? []) as { id: string; status: string }[]) {
        if (item.status !== 'UNDER_REVIEW') continue;
        const res = await call('POST', `/api/v1/claims/${item.id}/approve`, reviewer, {});
        if (res?.status === 200) {
          ackApproved.push(item.id);
          counts.approved++;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const customer = async () => {
    while (Date.now() < deadline || links.length) {
      const token = links.shift();
      if (!token) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      const res = await call('POST', `/api/v1/consent/${token}/confirm`, {}, {});
      if (res?.status === 200) {
        ackConfirmed.push(token);
        counts.confirmed++;
      } else if (!res || res.status >= 500) links.push(token);
      if (Date.now() > deadline + 60_000) break;
    }
  };
  const killer = async () => {
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, KILL_EVERY_MS * (0.5 + Math.random())));
      if (Date.now() >= deadline) break;
      const victim = roles[Math.floor(Math.random() * roles.length)]!;
      victim.proc?.kill('SIGKILL');
      counts.kills++;
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
      victim.restarts++;
      start(victim);
    }
  };
  console.log(`Soak: ${SECONDS}s, ${CLIENTS} partner clients, a reviewer and the customers, 2 API + 2 worker processes, a SIGKILL every ~${KILL_EVERY_MS} ms.`);
  await Promise.all([...Array.from({ length: CLIENTS }, partner), review(), customer(), killer()]);

  // Let everything settle with all four processes running: queued jobs done, e-mails sent.
  for (const r of apis) while (!(await up(r))) await new Promise((w) => setTimeout(w, 200));
  const settleUntil = Date.now() + 120_000;
  let pending = Infinity;
  while (Date.now() < settleUntil) {
    const row = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where run_at <= now() and task_identifier <> 'sweep-deadlines' and attempts < max_attempts`.execute(db);
    const queued = await db.selectFrom('outbound_emails').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'QUEUED').executeTakeFirstOrThrow();
    pending = row.rows[0]!.n + Number(queued.n);
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  // The checks.
  const present = async (ids: string[], statuses: string[] | null) => {
    if (!ids.length) return 0;
    let q = db.selectFrom('claims').select('id').where('id', 'in', ids);
    if (statuses) q = q.where('status', 'in', statuses as never[]);
    return (await q.execute()).length;
  };
  const lost = {
    created: ackCreated.length - (await present(ackCreated, null)),
    submitted: ackSubmitted.length - (await present(ackSubmitted, ['UNDER_REVIEW', 'ACTION_REQUIRED', 'CUSTOMER_CONSENT', 'ACTIVE', 'DECLINED', 'REJECTED', 'DISPUTED', 'ENDED'])),
    approved: ackApproved.length - (await present(ackApproved, null)),
  };
  const notAfterApproval = ackApproved.length ? (await db.selectFrom('claims').select('id').where('id', 'in', ackApproved).where('status', 'in', ['DRAFT', 'UNDER_REVIEW']).execute()).length : 0;
  const twice = await sql<{ n: number }>`
    select count(*)::int as n from (
      select claim_id, data->>'from', data->>'to' from claim_events where type = 'STATUS_CHANGED'
      group by 1, 2, 3 having count(*) > 1) d`.execute(db);
  // An e-mail is handed to SMTP at least once: a worker killed between the relay's "250 OK" and
  // the commit that marks it sent sends it again, with the same Message-ID (mail clients show it
  // once). Two different messages for one e-mail would be a real duplicate.
  const redelivered = received.length - new Set(received).size;
  const twoMessages = await sql<{ n: number }>`
    select count(*)::int as n from (
      select claim_id, template, to_address from outbound_emails where claim_id is not null
      group by 1, 2, 3 having count(*) > 1) d`.execute(db);
  const sentTwice = twoMessages.rows[0]!.n;
  const emailsSent = await db.selectFrom('outbound_emails').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'SENT').executeTakeFirstOrThrow();
  const stuck = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where (attempts >= max_attempts) or (locked_at is not null and locked_at < now() - interval '2 minutes')`.execute(db);
  const acknowledged = ackCreated.length + ackSubmitted.length + ackApproved.length + ackConfirmed.length;
  const lostTotal = lost.created + lost.submitted + lost.approved + notAfterApproval;
  console.log(`\nrequests ${counts.requests} (${counts.refused} unanswered: refused by both APIs or cut by a kill), kills ${counts.kills} (${roles.map((r) => `${r.name} ${r.restarts}`).join(', ')})`);
  console.log(`acknowledged writes checked ${acknowledged}: ${counts.created} claims created, ${counts.submitted} submitted, ${counts.approved} approved, ${counts.confirmed} consents confirmed`);
  console.log(`lost ${lostTotal} (created ${lost.created}, submitted ${lost.submitted}, approved ${lost.approved + notAfterApproval})`);
  console.log(`duplicates: transitions made twice ${twice.rows[0]!.n}, e-mails written twice ${sentTwice}; of ${received.length} messages received (${Number(emailsSent.n)} marked sent) ${redelivered} came again with the same Message-ID after a kill between the relay's OK and the commit`);
  console.log(`jobs stuck or failed ${stuck.rows[0]!.n}; work still pending after settling ${pending === Infinity ? 'unknown' : pending}`);
  const ok = lostTotal === 0 && twice.rows[0]!.n === 0 && sentTwice === 0 && stuck.rows[0]!.n === 0 && pending === 0;
  console.log(ok ? '\nSOAK PASSED' : '\nSOAK FAILED');

  for (const r of roles) r.proc?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  for (const r of roles) r.proc?.kill('SIGKILL');
  smtp.close();
  await db.destroy();
  await stopCluster();
  if (dir) await rm(dir, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
