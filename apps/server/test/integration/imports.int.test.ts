import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, FILES, historyTypes, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { powerBiClaim } from '../helpers/consent-fixtures';
import { csv, guid, importFile, rejectionCodes, upload } from '../helpers/import-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('program.admin@vendor.example');
});
afterAll(() => t.close());

const TENANT_HEADER = 'tenant_id,name,country,time_zone,domains';

describe('importing tenants', () => {
  it('loads good rows, rejects each bad one with its codes, and a second run of the same file changes nothing', async () => {
    const [a, b] = [guid(), guid()];
    const file = csv(
      TENANT_HEADER,
      `${a},Ardent Bakery,nl,Europe/Amsterdam,ardent.onmicrosoft.com; ardentbakery.nl`,
      `${b},"Blue Fjord, AS",NO,Europe/Oslo,bluefjord.no`,
      'not-a-guid,Broken,XX,Mars/Olympus,bad_domain',
      `${guid()},Thief,NL,Europe/Amsterdam,contoso.nl`,
      `${a},Ardent again,NL,Europe/Amsterdam,ardent2.nl`,
    );
    const first = await importFile(t, admin, 'tenants', file);
    expect(first).toMatchObject({ status: 'SUCCEEDED', kind: 'tenants', format: 'CSV', rowsRead: 5, inserted: 1, updated: 0, unchanged: 0, rejected: 4, failure: null });
    expect(first.bytesRead).toBe(first.totalBytes);
    expect(await rejectionCodes(admin, first.id)).toEqual([
      '2 tenant_id DUPLICATE_KEY',
      '4 tenant_id INVALID_GUID',
      '4 country INVALID_COUNTRY',
      '4 time_zone INVALID_TIME_ZONE',
      '4 domains INVALID_DOMAIN',
      '5 domains DOMAIN_OF_OTHER_TENANT',
      '6 tenant_id DUPLICATE_KEY',
    ]);
    const fjord = await t.db.selectFrom('customer_tenants').selectAll().where('tenant_id', '=', b.toLowerCase()).executeTakeFirstOrThrow();
    expect(fjord).toMatchObject({ name: 'Blue Fjord, AS', country: 'NO', time_zone: 'Europe/Oslo' });
    expect(await t.db.selectFrom('tenant_domains').select('domain').where('tenant_id', '=', b.toLowerCase()).execute()).toEqual([{ domain: 'bluefjord.no' }]);
    // contoso.nl still belongs to Contoso Nederland.
    const owner = await t.db.selectFrom('tenant_domains as d').innerJoin('customer_tenants as c', 'c.tenant_id', 'd.tenant_id').select('c.name').where('d.domain', '=', 'contoso.nl').executeTakeFirstOrThrow();
    expect(owner.name).toBe('Contoso Nederland');

    const again = await importFile(t, admin, 'tenants', file);
    expect(again).toMatchObject({ status: 'SUCCEEDED', rowsRead: 5, inserted: 0, updated: 0, unchanged: 1, rejected: 4 });
  });

  it('replaces a corrected row for its key and says so; a dry run reports the same and writes nothing', async () => {
    const id = guid();
    await importFile(t, admin, 'tenants', csv(TENANT_HEADER, `${id},Cedar Labs,DE,Europe/Berlin,cedarlabs.de`));
    const corrected = csv(TENANT_HEADER, `${id},Cedar Labs GmbH,DE,Europe/Berlin,cedarlabs.de;cedar-labs.com`, `${guid()},Dune Ltd,GB,Europe/London,dune.co.uk`);
    const dry = await importFile(t, admin, 'tenants', corrected, { dryRun: true });
    expect(dry).toMatchObject({ status: 'SUCCEEDED', dryRun: true, inserted: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect((await t.db.selectFrom('customer_tenants').select('name').where('tenant_id', '=', id.toLowerCase()).executeTakeFirstOrThrow()).name).toBe('Cedar Labs');
    expect(await t.db.selectFrom('customer_tenants').select('name').where('name', '=', 'Dune Ltd').execute()).toEqual([]);
    const real = await importFile(t, admin, 'tenants', corrected);
    expect(real).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const domains = await t.db.selectFrom('tenant_domains').select('domain').where('tenant_id', '=', id.toLowerCase()).orderBy('domain').execute();
    expect(domains.map((d) => d.domain)).toEqual(['cedar-labs.com', 'cedarlabs.de']);
    expect((await t.db.selectFrom('customer_tenants').select('name').where('tenant_id', '=', id.toLowerCase()).executeTakeFirstOrThrow()).name).toBe('Cedar Labs GmbH');
  });

  it('reads an irregular CSV row by row: a short row, a blank line and a quoted value over two lines keep their line numbers', async () => {
    const [a, b] = [guid(), guid()];
    const file = csv(TENANT_HEADER, `${a},"Grey\nHarbour",IE,Europe/Dublin,greyharbour.ie`, '', `${guid()},Short Row,IE`, `${b},Heron Ltd,IE,Europe/Dublin,heron.ie`);
    const done = await importFile(t, admin, 'tenants', file);
    expect(done).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, inserted: 2, rejected: 1 });
    expect(await rejectionCodes(admin, done.id)).toEqual(['5 time_zone REQUIRED', '5 domains REQUIRED']);
    expect((await t.db.selectFrom('customer_tenants').select('name').where('tenant_id', '=', a.toLowerCase()).executeTakeFirstOrThrow()).name).toBe('Grey\nHarbour');
  });

  it('takes NDJSON with the same field names, and domains as a list', async () => {
    const id = guid();
    const file = `${JSON.stringify({ tenant_id: id, name: 'Ember Co', country: 'FR', time_zone: 'Europe/Paris', domains: ['ember.fr'] })}\nnot json\n`;
    const done = await importFile(t, admin, 'tenants', file, { type: 'application/x-ndjson' });
    expect(done).toMatchObject({ status: 'SUCCEEDED', format: 'NDJSON', inserted: 1, rejected: 1 });
    expect(await rejectionCodes(admin, done.id)).toEqual(['2 line INVALID_JSON']);
  });

  it('moves a domain to another tenant only when the file takes it from the old one; open claims on the old pair get a finding', async () => {
    const [from, to] = [guid(), guid()];
    await importFile(t, admin, 'tenants', csv(TENANT_HEADER, `${from},Fig Tree,NL,Europe/Amsterdam,figtree.onmicrosoft.com;figtree.nl`));
    const northwind = await t.loginAs('partner.admin@northwind.example');
    const draft = m365Claim(from.toLowerCase(), { name: 'Fig Teams', customer: { domain: 'figtree.nl', tenantId: from.toLowerCase() } });
    const claimId = await submitClaim(northwind, from.toLowerCase(), draft);
    await drainJobs(t);
    const moved = await importFile(t, admin, 'tenants', csv(TENANT_HEADER, `${from},Fig Tree,NL,Europe/Amsterdam,figtree.onmicrosoft.com`, `${to},Fig Tree Holding,NL,Europe/Amsterdam,figtree.nl`));
    expect(moved).toMatchObject({ inserted: 1, updated: 1, rejected: 0 });
    expect((await t.db.selectFrom('tenant_domains').select('tenant_id').where('domain', '=', 'figtree.nl').executeTakeFirstOrThrow()).tenant_id).toBe(to.toLowerCase());
    const findings = await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', claimId).where('type', '=', 'VALIDATION_FINDINGS').execute();
    expect(findings.at(-1)!.data).toMatchObject({ valid: false, problems: [{ path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH', message: expect.stringContaining(moved.id) }] });
    const again = await northwind.request('POST', '/api/v1/claims/validate', draft);
    expect(again.body.problems.map((p: any) => p.code)).toContain('DOMAIN_TENANT_MISMATCH');
  });
});

describe('importing subscriptions and usage', () => {
  it('checks subscriptions row by row and loads the valid ones', async () => {
    const tenant = (await demoTenant(t.db, 'tailspintoys.nl')).tenantId;
    const [s1, s2] = [guid(), guid()];
    const done = await importFile(
      t,
      admin,
      'subscriptions',
      csv(
        'subscription_id,tenant_id,product_code,channel,state,start_date,end_date',
        `${s1},${tenant},POWER_BI_PRO,direct,ACTIVE,2025-01-01,`,
        `${s2},${guid()},NOPE,FAX,DREAMING,2025-02-30,2024-01-01`,
        `${guid()},${tenant},POWER_APPS,EA,ACTIVE,2025-06-01,2025-05-01`,
      ),
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', inserted: 1, rejected: 2 });
    expect(await rejectionCodes(admin, done.id)).toEqual([
      '3 tenant_id UNKNOWN_TENANT',
      '3 product_code UNKNOWN_PRODUCT',
      '3 channel INVALID_CHANNEL',
      '3 state INVALID_STATE',
      '3 start_date INVALID_DATE',
      '4 end_date END_BEFORE_START',
    ]);
    expect(await t.db.selectFrom('subscriptions').select(['channel', 'end_date']).where('id', '=', s1.toLowerCase()).executeTakeFirstOrThrow()).toEqual({ channel: 'DIRECT', end_date: null });
  });

  it('an expiry through import ends the active association, naming the import in its history', async () => {
    const contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
    const northwind = await t.loginAs('partner.admin@northwind.example');
    const claimId = await submitClaim(northwind, contoso, powerBiClaim(contoso, { name: 'Expiring by import' }));
    await drainJobs(t);
    const reviewer = await t.loginAs('reviewer@vendor.example');
    expect((await reviewer.request('POST', `/api/v1/claims/${claimId}/approve`, {})).status).toBe(200);
    await drainJobs(t);
    // Without SMTP the outbox is the mailbox: its copy holds the customer's link.
    const mail = await t.db.selectFrom('outbound_emails').select('body_text').where('claim_id', '=', claimId).where('template', '=', 'CONSENT_REQUEST').executeTakeFirstOrThrow();
    const token = /\/consent\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
    expect((await t.anonymous.request('POST', `/api/v1/consent/${token}/confirm`, {})).status).toBe(200);
    const assoc = await t.db.selectFrom('associations').select(['id', 'subscription_id']).where('claim_id', '=', claimId).executeTakeFirstOrThrow();
    const sub = await t.db.selectFrom('subscriptions').selectAll().where('id', '=', assoc.subscription_id!).executeTakeFirstOrThrow();
    const done = await importFile(t, admin, 'subscriptions', csv('subscription_id,tenant_id,product_code,channel,state,start_date,end_date', `${sub.id},${sub.tenant_id},${sub.product_code},${sub.channel},EXPIRED,${sub.start_date},`));
    expect(done).toMatchObject({ updated: 1 });
    await drainJobs(t);
    expect(await t.db.selectFrom('associations').select(['status', 'end_reason', 'end_message']).where('id', '=', assoc.id).executeTakeFirstOrThrow()).toEqual({ status: 'ENDED', end_reason: 'SUBSCRIPTION_EXPIRED', end_message: expect.stringContaining(done.id) });
    expect(await historyTypes(t.db, claimId)).toContain('ASSOCIATION_ENDED');
  });

  it('loads monthly usage, rejects impossible figures and duplicate keys, and replaces a corrected month', async () => {
    const tenant = (await demoTenant(t.db, 'wingtipzorg.nl')).tenantId;
    const header = 'month,tenant_id,product_code,licensed_seats,active_users';
    const file = csv(header, `2026-01,${tenant},MICROSOFT_TEAMS,100,80`, `2026-02,${tenant},MICROSOFT_TEAMS,100,120`, `2026-13,${tenant},MICROSOFT_TEAMS,-1,x`, `2026-03,${tenant},EXCHANGE_ONLINE,50,10`, `2026-03,${tenant},EXCHANGE_ONLINE,50,11`);
    const done = await importFile(t, admin, 'usage', file);
    expect(done).toMatchObject({ status: 'SUCCEEDED', rowsRead: 5, inserted: 1, rejected: 4 });
    expect(await rejectionCodes(admin, done.id)).toEqual([
      '3 active_users ACTIVE_ABOVE_LICENSED',
      '4 month INVALID_MONTH',
      '4 licensed_seats INVALID_INTEGER',
      '4 active_users INVALID_INTEGER',
      '5 month DUPLICATE_KEY',
      '6 month DUPLICATE_KEY',
    ]);
    expect(await importFile(t, admin, 'usage', file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, rejected: 4 });
    const corrected = await importFile(t, admin, 'usage', csv(header, `2026-01,${tenant},MICROSOFT_TEAMS,100,85`, `2026-02,${tenant},MICROSOFT_TEAMS,100,90`));
    expect(corrected).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const rows = await t.db.selectFrom('usage_records').select(['month', 'active_users', 'import_id']).where('tenant_id', '=', tenant).orderBy('month').execute();
    expect(rows).toEqual([
      { month: '2026-01-01', active_users: 85, import_id: corrected.id },
      { month: '2026-02-01', active_users: 90, import_id: corrected.id },
    ]);
  });

  it('refuses usage on a tenant or subscription the directory does not know', async () => {
    const tenant = (await demoTenant(t.db, 'wingtipzorg.nl')).tenantId;
    const done = await importFile(t, admin, 'usage', csv('tenant_id,product_code,subscription_id,month,licensed_seats,active_users', `${guid()},INTUNE,,2026-01,1,1`, `${tenant},INTUNE,${guid()},2026-01,1,1`));
    expect(await rejectionCodes(admin, done.id)).toEqual(['2 tenant_id UNKNOWN_TENANT', '3 subscription_id UNKNOWN_SUBSCRIPTION']);
  });
});

describe('files refused whole and who may import', () => {
  it('fails a file with unknown columns, naming them, and one that is not UTF-8 or not NDJSON', async () => {
    const unknown = await importFile(t, admin, 'tenants', csv('tenant_id,name,country,time_zone,domains,colour', 'x,y,z,w,v,red'));
    expect(unknown).toMatchObject({ status: 'FAILED', rowsRead: 0, failure: { code: 'UNKNOWN_COLUMNS', message: expect.stringContaining('colour') } });
    const latin1 = Buffer.from(`${TENANT_HEADER}\r\n${guid()},Caf\xe9,FR,Europe/Paris,cafe.fr\r\n`, 'latin1');
    expect(await importFile(t, admin, 'tenants', new Uint8Array(latin1))).toMatchObject({ status: 'FAILED', failure: { code: 'FILE_ENCODING' } });
    expect(await importFile(t, admin, 'usage', '%PDF-1.7 garbage\n', { type: 'application/x-ndjson' })).toMatchObject({ status: 'FAILED', failure: { code: 'FILE_NOT_NDJSON' } });
    expect(await importFile(t, admin, 'usage', csv('tenant_id,product_code'))).toMatchObject({ status: 'FAILED', failure: { code: 'MISSING_COLUMNS' } });
    expect(await t.db.selectFrom('import_chunks').select('import_id').execute()).toEqual([]);
  });

  it('answers 415 for another content type, 400 for an empty body or an unknown kind', async () => {
    expect((await admin.request('POST', '/api/v1/imports?kind=usage', { a: 1 })).status).toBe(415);
    const empty = await admin.request('POST', '/api/v1/imports?kind=usage', '', { 'content-type': 'text/csv' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('FILE_EMPTY');
    expect((await admin.request('POST', '/api/v1/imports?kind=claims', 'a', { 'content-type': 'text/csv' })).status).toBe(400);
  });

  it('is for program admins only', async () => {
    for (const email of ['reviewer@vendor.example', 'partner.admin@northwind.example']) {
      const other = await t.loginAs(email);
      expect((await other.request('POST', '/api/v1/imports?kind=tenants', csv(TENANT_HEADER), { 'content-type': 'text/csv' })).status).toBe(403);
      expect((await other.request('GET', '/api/v1/imports')).status).toBe(403);
      expect((await other.request('GET', '/api/v1/imports/templates/usage')).status).toBe(403);
    }
    expect((await t.anonymous.request('POST', '/api/v1/imports?kind=tenants', csv(TENANT_HEADER), { 'content-type': 'text/csv' })).status).toBe(401);
    expect(await t.db.selectFrom('imports').select('id').where('created_by_name', '!=', 'Priya Raman').execute()).toEqual([]);
  });

  it('lists the history, serves templates, and rejections as Dutch CSV', async () => {
    const template = await admin.request('GET', '/api/v1/imports/templates/usage');
    expect(template.headers.get('content-type')).toContain('text/csv');
    expect(template.text.split('\r\n')[0]).toBe('tenant_id,product_code,subscription_id,month,licensed_seats,active_users');
    const history = await admin.request('GET', '/api/v1/imports?limit=2');
    expect(history.body.items).toHaveLength(2);
    expect(history.body.nextCursor).toEqual(expect.any(String));
    const id = await upload(admin, 'usage', csv('tenant_id,product_code,month,licensed_seats,active_users', `${guid()},INTUNE,2026-01,5,9`));
    await drainJobs(t);
    const rejections = await admin.request('GET', `/api/v1/imports/${id}/rejections?format=csv&locale=nl`);
    expect(rejections.text).toContain('UNKNOWN_TENANT');
    expect(rejections.text).toContain('importeer eerst de tenants');
    expect(rejections.text).toContain('ACTIVE_ABOVE_LICENSED');
  });
});

describe('the import command', () => {
  it('streams a file into the directory in its own process, prints the counts, and exits 1 when rows were rejected', async () => {
    const file = path.join(os.tmpdir(), `associa-cli-import-${process.pid}.csv`);
    const id = guid();
    writeFileSync(file, csv(TENANT_HEADER, `${id},Gale Works,IE,Europe/Dublin,galeworks.ie`, 'nope,Bad,IE,Europe/Dublin,bad.ie'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../../src/cli.ts'), 'import', ...args], { env: { ...process.env, DATABASE_URL: t.config.databaseUrl, LOG_LEVEL: 'silent' }, encoding: 'utf8' });
    const dry = run('tenants', file, '--dry-run');
    expect(dry.stdout).toMatch(/\(dry run\) SUCCEEDED: 2 rows read, 1 inserted, 0 updated, 0 unchanged, 1 rejected/);
    expect(dry.status).toBe(1);
    expect(await t.db.selectFrom('customer_tenants').select('name').where('tenant_id', '=', id.toLowerCase()).execute()).toEqual([]);
    const real = run('tenants', file);
    expect(real.status).toBe(1);
    expect((await t.db.selectFrom('customer_tenants').select('name').where('tenant_id', '=', id.toLowerCase()).executeTakeFirstOrThrow()).name).toBe('Gale Works');
    writeFileSync(file, csv(TENANT_HEADER, `${id},Gale Works,IE,Europe/Dublin,galeworks.ie`));
    const clean = run('tenants', file);
    expect(clean.stdout).toContain('1 unchanged, 0 rejected');
    expect(clean.status).toBe(0);
    expect(run('colours', file).status).toBe(2);
    // Four real processes, each compiling the CLI on start.
  }, 120_000);
});
