import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HISTORY_CSV_COLUMNS } from '@associa/contracts';
import { parse } from 'csv-parse/sync';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as chainMigration from '../../src/db/migrations/0015-history-chain';
import { historyHash, jsonbText, parseJsonKeepingNumbers } from '../../src/modules/history/history-canonical';
import { demoTenant, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let northwind: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let contoso: string;
let submitted: string;
let draft: string;
let fabrikamClaim: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'associa-history-'));

beforeAll(async () => {
  t = await createTestApp();
  northwind = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
  submitted = await submitClaim(northwind, contoso);
  draft = (await northwind.request('POST', '/api/v1/claims', m365Claim(contoso, { name: 'Still a draft', lines: [{ productCode: 'INTUNE' }] }))).body.id;
  fabrikamClaim = await submitClaim(fabrikam, contoso, { name: 'Fabrikam Exchange', locationId: LOCATIONS.fabrikamMunich, lines: [{ productCode: 'EXCHANGE_ONLINE' }] });
  // An hour later, so the from/to filters have something to cut.
  t.clock.advance(3_600_000);
  expect((await reviewer.request('POST', `/api/v1/claims/${submitted}/request-info`, { reasons: ['CUSTOMER_SIGNATURE_MISSING'], message: 'Signature "please" —\nthanks' })).status).toBe(200);
});
afterAll(() => t.close());

/** Runs the real CLI in its own process against the test's database (each start compiles it: the tests that call it have long timeouts). */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../../src/cli.ts'), ...args], {
    env: { ...process.env, DATABASE_URL: t.config.databaseUrl, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
const save = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const ndjson = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const eventRows = (claimId: string) => t.db.selectFrom('claim_events').select(['id', 'seq', 'prev_hash', 'hash', 'type']).where('claim_id', '=', claimId).orderBy('id').execute();

describe('the hash chain', () => {
  it('is written by the database for every event: seq from 1, each naming the previous hash, ids in chain order', async () => {
    const rows = await eventRows(submitted);
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['CLAIM_CREATED', 'DOCUMENT_ADDED', 'STATUS_CHANGED']));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    rows.forEach((r, i) => expect(r.prev_hash).toBe(i === 0 ? null : rows[i - 1]!.hash));
    const res = await northwind.request('GET', `/api/v1/claims/${submitted}/history?format=ndjson`);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const records = ndjson(res.text);
    // The TypeScript encoding reproduces PostgreSQL's hash exactly, message with quotes, dash and newline included.
    for (const line of res.text.trim().split('\n')) {
      const record = { ...JSON.parse(line), data: (parseJsonKeepingNumbers(line) as { data: unknown }).data };
      expect(historyHash(record)).toBe(record.hash);
    }
    expect(records.map((r) => r.hash)).toEqual(rows.map((r) => r.hash));
  });

  it('ignores hashes a writer tries to set, and refuses changing an event', async () => {
    const forged = await sql<{ seq: number; hash: string }>`insert into claim_events (claim_id, actor_type, actor_name, type, data, seq, prev_hash, hash)
      values (${submitted}, 'SYSTEM', 'Associa', 'REVIEWER_ASSIGNED', '{"type":"REVIEWER_ASSIGNED","reviewer":null}', 1, null, ${'0'.repeat(64)}) returning seq, hash`.execute(t.db);
    const rows = await eventRows(submitted);
    expect(forged.rows[0]).toEqual({ seq: rows.length, hash: rows.at(-1)!.hash });
    expect(forged.rows[0]!.hash).not.toBe('0'.repeat(64));
    await expect(sql`update claim_events set data = '{"type":"CLAIM_CREATED"}' where claim_id = ${submitted}`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('encodes jsonb exactly as PostgreSQL prints it, whatever the data holds', async () => {
    const values = ['{"b": 1, "a": {"zz": [1.50, -0.0, 1e3, 12345678901234567890.5]}, "é": "x\\u0001\\t\\"\\\\/€😀", "ab": null}', '[]', '{}', '"\\u001f"', '[true, false, {"": 0}]'];
    for (const v of values) {
      const { rows } = await sql<{ text: string }>`select ${v}::jsonb::text as text`.execute(t.db);
      expect(jsonbText(parseJsonKeepingNumbers(rows[0]!.text))).toBe(rows[0]!.text);
    }
  });

  it('stays one chain when many transactions append to one claim at once', async () => {
    const { pool } = t;
    await Promise.all(
      Array.from({ length: 25 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          await client.query(`insert into claim_events (claim_id, actor_type, actor_name, type, data) values ($1, 'SYSTEM', 'Associa', 'DRAFT_SAVED', $2)`, [draft, JSON.stringify({ type: 'DRAFT_SAVED', fields: [`f${i}`] })]);
          await new Promise((r) => setTimeout(r, 5));
          await client.query('commit');
        } finally {
          client.release();
        }
      }),
    );
    const rows = await eventRows(draft);
    expect(rows.length).toBeGreaterThan(25);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    rows.forEach((r, i) => expect(r.prev_hash).toBe(i === 0 ? null : rows[i - 1]!.hash));
    const file = save('draft.ndjson', (await northwind.request('GET', `/api/v1/claims/${draft}/history?format=ndjson`)).text);
    expect(cli('verify-history', file, '--complete').status).toBe(0);
  }, 120_000);
});

describe('exports and verify-history', () => {
  it('keeps the JSON history as it was, and answers a claim history only to who may read the claim', async () => {
    const json = await northwind.request('GET', `/api/v1/claims/${submitted}/history`);
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.items[0])).toEqual(['id', 'occurredAt', 'actor', 'event']);
    expect((await fabrikam.request('GET', `/api/v1/claims/${submitted}/history?format=ndjson`)).status).toBe(404);
    expect((await reviewer.request('GET', `/api/v1/claims/${draft}/history?format=csv`)).status).toBe(404);
    expect((await t.anonymous.request('GET', `/api/v1/claims/${submitted}/history?format=csv`)).status).toBe(401);
    const bad = await northwind.request('GET', `/api/v1/claims/${submitted}/history?format=xml`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toEqual(expect.any(String));
  });

  it('exports over HTTP as NDJSON and CSV, and verify-history finds both intact', async () => {
    const nd = await reviewer.request('GET', '/api/v1/history/export');
    expect(nd.status).toBe(200);
    expect(nd.headers.get('content-disposition')).toMatch(/attachment; filename="claim-history-.*\.ndjson"/);
    const ndFile = save('all.ndjson', nd.text);
    const ok = cli('verify-history', ndFile, '--complete');
    expect(ok.stdout).toMatch(/History intact: \d+ events of 2 claims/);
    expect(ok.status).toBe(0);

    const csv = await reviewer.request('GET', '/api/v1/history/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...HISTORY_CSV_COLUMNS]);
    expect(rows.map((r) => r.hash)).toEqual(ndjson(nd.text).map((r) => r.hash));
    expect(cli('verify-history', save('all.csv', csv.text)).status).toBe(0);
  }, 120_000);

  it('fails at the event whose data was changed, and at the one after a deleted event', async () => {
    const lines = (await northwind.request('GET', `/api/v1/claims/${submitted}/history?format=ndjson`)).text.trim().split('\n');
    const tampered = [...lines];
    const third = JSON.parse(tampered[2]!);
    tampered[2] = JSON.stringify({ ...third, data: { ...third.data, fileName: 'other.pdf' }, actorName: third.actorName });
    const changed = cli('verify-history', save('tampered.ndjson', `${tampered.join('\n')}\n`));
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain(`History BROKEN at line 3: claim ${submitted}, event seq 3 (id ${third.eventId}), HASH_MISMATCH`);

    const deleted = lines.filter((_, i) => i !== 1);
    const afterDeleted = JSON.parse(lines[2]!);
    const gap = cli('verify-history', save('deleted.ndjson', `${deleted.join('\n')}\n`));
    expect(gap.status).toBe(1);
    expect(gap.stderr).toContain(`line 2: claim ${submitted}, event seq 3 (id ${afterDeleted.eventId}), MISSING_EVENTS`);
    expect(gap.stderr).toContain('seq 2 is missing');

    const csv = (await northwind.request('GET', `/api/v1/claims/${submitted}/history?format=csv`)).text;
    const broken = cli('verify-history', save('tampered.csv', csv.replace('UNDER_REVIEW', 'APPROVED')));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/HASH_MISMATCH/);
    expect(cli('verify-history', save('junk.ndjson', '{"claimId": 1}\n')).status).toBe(1);
  }, 120_000);

  it('exports what the caller may read: vendor staff every submitted claim, a partner its own organisation\'s, drafts included', async () => {
    const claimsIn = async (client: TestClient, query = '') => [...new Set(ndjson((await client.request('GET', `/api/v1/history/export${query}`)).text).map((r) => r.claimId))].sort();
    expect(await claimsIn(reviewer)).toEqual([submitted, fabrikamClaim].sort());
    expect(await claimsIn(northwind)).toEqual([submitted, draft].sort());
    expect(await claimsIn(fabrikam)).toEqual([fabrikamClaim]);
    expect((await t.anonymous.request('GET', '/api/v1/history/export')).status).toBe(401);
  });

  it('filters by the claims\' status and program and by the events\' instants', async () => {
    const records = async (query: string) => ndjson((await reviewer.request('GET', `/api/v1/history/export?${query}`)).text);
    expect(new Set((await records('status=ACTION_REQUIRED')).map((r) => r.claimId))).toEqual(new Set([submitted]));
    expect(await records('status=ACTIVE,REJECTED')).toEqual([]);
    const { programs } = await t.db.selectFrom('claims').select('programs').where('id', '=', fabrikamClaim).executeTakeFirstOrThrow();
    expect((await records(`program=${programs[0]}`)).length).toBeGreaterThan(0);
    const all = await records('');
    const cut = all.find((r) => r.claimId === submitted && r.type === 'STATUS_CHANGED' && r.data.to === 'ACTION_REQUIRED')!;
    const from = await records(`from=${encodeURIComponent(cut.occurredAt)}`);
    expect(from.every((r) => r.occurredAt >= cut.occurredAt)).toBe(true);
    expect(from.length).toBeLessThan(all.length);
    // An export from a date starts mid-history: intact, with the unchecked first links named; --complete refuses it.
    const file = save('from.ndjson', from.map((r) => JSON.stringify(r)).join('\n'));
    const partial = cli('verify-history', file);
    expect(partial.status).toBe(0);
    expect(partial.stdout).toMatch(/claims start after their first event/);
    expect(cli('verify-history', file, '--complete').status).toBe(1);
    const backwards = await reviewer.request('GET', `/api/v1/history/export?from=${encodeURIComponent(cut.occurredAt)}&to=2000-01-01T00:00:00Z`);
    expect(backwards.status).toBe(400);
    expect((await reviewer.request('GET', '/api/v1/history/export?status=NOPE')).status).toBe(400);
  }, 120_000);
});

describe('the export-history command', () => {
  it('writes every claim (drafts too) from the database to a file or stdout, with the export route\'s filters', async () => {
    const file = path.join(dir, 'cli.csv');
    const run = cli('export-history', '-o', file);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Exported \d+ events of 3 claims to .*cli\.csv \(CSV\)/);
    expect(readFileSync(file, 'utf8')).toContain(draft);
    expect(cli('verify-history', file, '--complete').status).toBe(0);
    const out = cli('export-history', '--status', 'ACTION_REQUIRED');
    expect(new Set(ndjson(out.stdout).map((r) => r.claimId))).toEqual(new Set([submitted]));
    expect(cli('export-history', '--from', 'yesterday').status).toBe(2);
  }, 120_000);
});

describe('migration 0015', () => {
  it('chains the events that were there before it, in id order, and the trigger continues each chain', async () => {
    await chainMigration.down(t.db as unknown as Kysely<unknown>);
    await sql`insert into claim_events (claim_id, actor_type, actor_name, type, data) values (${fabrikamClaim}, 'SYSTEM', 'Associa', 'REVIEW_LATE', '{"type":"REVIEW_LATE","dueAt":"2026-01-01T00:00:00.000Z"}')`.execute(t.db);
    await chainMigration.up(t.db as unknown as Kysely<unknown>);
    for (const claimId of [submitted, draft, fabrikamClaim]) {
      const rows = await eventRows(claimId);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    }
    expect((await eventRows(fabrikamClaim)).at(-1)!.type).toBe('REVIEW_LATE');
    await northwind.request('POST', `/api/v1/claims/${submitted}/comments`, { body: 'After the migration' });
    const file = save('migrated.ndjson', (await reviewer.request('GET', '/api/v1/history/export')).text);
    const verified = cli('verify-history', file, '--complete');
    expect(verified.stdout).toContain('History intact');
    expect(verified.status).toBe(0);
  }, 120_000);
});
