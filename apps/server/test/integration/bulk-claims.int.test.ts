import { randomUUID } from 'node:crypto';
import { BULK_CLAIM_FIELDS } from '@associa/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, historyTypes, LOCATIONS } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let fabrikam: TestClient;
let reviewer: TestClient;
let partnerUser: TestClient;
// Fresh directory tenants, one per claim, so no two rows share a key.
const tenants = Array.from({ length: 1100 }, (_, i) => ({ tenantId: randomUUID(), domain: `bulk-${i}.example.com` }));

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  reviewer = await t.loginAs('reviewer@vendor.example');
  partnerUser = await t.loginAs('partner.user@northwind.example');
  await t.db.insertInto('customer_tenants').values(tenants.map((x, i) => ({ tenant_id: x.tenantId, name: `Bulk customer ${i}`, country: 'NL', time_zone: 'Europe/Amsterdam' }))).execute();
  await t.db.insertInto('tenant_domains').values(tenants.map((x) => ({ domain: x.domain, tenant_id: x.tenantId }))).execute();
}, 120_000);
afterAll(() => t.close());

type Row = Partial<Record<(typeof BULK_CLAIM_FIELDS)[number]['name'], string>>;

/** A valid Microsoft 365 usage claim on tenant `i`. */
const row = (i: number, overrides: Row = {}): Row => ({
  name: `Bulk ${i}`,
  location_mpn_id: '4412001',
  customer_domain: tenants[i]!.domain,
  tenant_id: tenants[i]!.tenantId,
  solution_area: 'MICROSOFT_365',
  activities: 'USAGE',
  products: 'MICROSOFT_TEAMS;EXCHANGE_ONLINE',
  customer_contact_name: 'Carla Jansen',
  customer_contact_title: 'IT manager',
  customer_contact_email: `carla@${tenants[i]!.domain}`,
  partner_contact_name: 'Nina de Vries',
  partner_contact_email: 'nina@northwind.example',
  ...overrides,
});

const csvOf = (rows: Row[]) => {
  const names = BULK_CLAIM_FIELDS.map((f) => f.name);
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${names.join(',')}\r\n${rows.map((r) => names.map((n) => quote(r[n] ?? '')).join(',')).join('\r\n')}\r\n`;
};

const post = (client: TestClient, rows: Row[] | string, query = '', headers: Record<string, string> = {}) =>
  client.request('POST', `/api/v1/claims/bulk${query}`, typeof rows === 'string' ? rows : csvOf(rows), { 'content-type': 'text/csv', ...headers });

const claimsNamed = async (prefix: string) =>
  t.db.selectFrom('claims').select(['id', 'name', 'status', 'submitted_at']).where('name', 'like', `${prefix}%`).where('organisation_id', '=', (await orgOf('partner.admin@northwind.example'))).execute();
const orgOf = async (email: string) => (await t.db.selectFrom('users').select('organisation_id').where('email', '=', email).executeTakeFirstOrThrow()).organisation_id;

/** Uploads a PDF to a fresh draft of the caller's and answers the document's ID. */
async function uploadedPoe(client: TestClient, locationId: string): Promise<string> {
  const draft = await client.request('POST', '/api/v1/claims', { locationId, name: `PoE holder ${randomUUID()}` });
  expect(draft.status).toBe(201);
  const doc = await client.upload(`/api/v1/claims/${draft.body.id}/documents`, FILES.pdf, 'signed-poe.pdf');
  expect(doc.status).toBe(201);
  return doc.body.id as string;
}

// Every 20th row is broken, five ways in turn, each with the code the validation gives it.
const BROKEN: [Row | ((i: number) => Row), string[]][] = [
  [(i) => ({ customer_domain: tenants[i + 1]!.domain }), ['DOMAIN_TENANT_MISMATCH']],
  [{ tenant_id: '00000000-4000-4000-8000-000000000000' }, ['TENANT_UNKNOWN']],
  [{ products: 'POWER_BI_PRO' }, ['PRODUCT_NOT_IN_SOLUTION_AREA']],
  [{ customer_contact_email: '' }, ['REQUIRED']],
  [{ location_mpn_id: '5523001' }, ['LOCATION_UNKNOWN']],
];
const brokenRow = (i: number) => {
  const [change, codes] = BROKEN[(i / 20) % BROKEN.length]!;
  return { row: row(i, typeof change === 'function' ? change(i) : change), codes };
};

describe('bulk claims', () => {
  let uploadId: string;
  const key = randomUUID();
  const thousand = Array.from({ length: 1000 }, (_, i) => (i % 20 === 0 ? brokenRow(i).row : row(i)));

  it('creates 950 drafts from 1,000 rows and reports the 50 broken ones with the validation codes', async () => {
    const res = await post(admin, thousand, '?fileName=customers.csv', { 'idempotency-key': key });
    expect(res.status, res.text).toBe(201);
    uploadId = res.body.id;
    expect(res.headers.get('location')).toBe(`/api/v1/claims/bulk/${uploadId}`);
    expect(res.body).toMatchObject({ format: 'CSV', fileName: 'customers.csv', dryRun: false, submit: false, status: 'COMPLETED', rowsRead: 1000, created: 950, submitted: 0, rejected: 50, createdBy: 'Nina de Vries' });
    expect(res.body.rows).toHaveLength(1000);

    const rejected = res.body.rows.filter((r: any) => r.status === 'REJECTED');
    expect(rejected).toHaveLength(50);
    for (const r of rejected) {
      const i = r.line - 2;
      expect(i % 20).toBe(0);
      expect(r.claimId).toBeNull();
      expect(r.problems.map((p: any) => p.code)).toEqual(brokenRow(i).codes);
    }
    const created = res.body.rows.filter((r: any) => r.status === 'CREATED');
    expect(created).toHaveLength(950);
    expect(created.every((r: any) => r.claimStatus === 'DRAFT' && typeof r.claimId === 'string')).toBe(true);

    const drafts = await claimsNamed('Bulk ');
    expect(drafts).toHaveLength(950);
    expect(new Set(drafts.map((d) => d.id))).toEqual(new Set(created.map((r: any) => r.claimId)));
    expect(drafts.every((d) => d.status === 'DRAFT')).toBe(true);
    const one = created.find((r: any) => r.line === 3);
    expect(await historyTypes(t.db, one.claimId)).toEqual(['CLAIM_CREATED', 'DRAFT_SAVED']);
    const claim = (await admin.request('GET', `/api/v1/claims/${one.claimId}`)).body;
    expect(claim).toMatchObject({ name: 'Bulk 1', status: 'DRAFT', location: { mpnId: '4412001' }, customer: { domain: tenants[1]!.domain, tenantId: tenants[1]!.tenantId }, programs: ['OSU_M365'] });
    expect(claim.lines.map((l: any) => l.productCode)).toEqual(['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE']);
  }, 180_000);

  it('reports the same paths and codes as the dry-run validation of one claim', async () => {
    const record = (await admin.request('GET', `/api/v1/claims/bulk/${uploadId}`)).body;
    for (const line of [2, 22, 42, 62, 82]) {
      const i = line - 2;
      const r = brokenRow(i).row;
      const locationId = r.location_mpn_id === '5523001' ? LOCATIONS.fabrikamMunich : LOCATIONS.northwindAmsterdam;
      const body = {
        locationId,
        name: r.name,
        customer: { domain: r.customer_domain, tenantId: r.tenant_id },
        solutionArea: r.solution_area,
        activities: [r.activities],
        lines: r.products!.split(';').map((productCode) => ({ productCode })),
        customerContact: { name: r.customer_contact_name, title: r.customer_contact_title, ...(r.customer_contact_email ? { email: r.customer_contact_email } : {}) },
        partnerContact: { name: r.partner_contact_name, email: r.partner_contact_email },
      };
      const single = await admin.request('POST', '/api/v1/claims/validate', body);
      const expected = single.body.problems.filter((p: any) => p.code !== 'POE_MISSING').map((p: any) => `${p.path} ${p.code}`);
      const got = record.rows.find((x: any) => x.line === line).problems.map((p: any) => `${p.path} ${p.code}`);
      expect(got).toEqual(expected);
    }
  });

  it('answers the same record again for the same Idempotency-Key and creates nothing twice', async () => {
    const again = await post(admin, thousand, '?fileName=customers.csv', { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(uploadId);
    expect(again.body.created).toBe(950);
    expect(await claimsNamed('Bulk ')).toHaveLength(950);
    expect(await t.db.selectFrom('bulk_claim_uploads').select('id').where('file_name', '=', 'customers.csv').execute()).toHaveLength(1);
  }, 60_000);

  it('shows the record and its rejections CSV again to its organisation only', async () => {
    const again = await admin.request('GET', `/api/v1/claims/bulk/${uploadId}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: uploadId, created: 950, rejected: 50 });
    // Partner users of the organisation read it too.
    expect((await partnerUser.request('GET', `/api/v1/claims/bulk/${uploadId}`)).status).toBe(200);

    const csv = await admin.request('GET', `/api/v1/claims/bulk/${uploadId}/rejections.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('line,path,code,message,row');
    expect(lines).toHaveLength(51);
    expect(lines[1]).toMatch(/^2,customer\.domain,DOMAIN_TENANT_MISMATCH,/);

    for (const other of [fabrikam, reviewer]) {
      const res = await other.request('GET', `/api/v1/claims/bulk/${uploadId}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect((await other.request('GET', `/api/v1/claims/bulk/${uploadId}/rejections.csv`)).status).toBe(404);
    }
    expect((await t.anonymous.request('GET', `/api/v1/claims/bulk/${uploadId}`)).status).toBe(401);
  });

  it('refuses partner users, vendor staff and anonymous callers before reading the file', async () => {
    for (const [client, status] of [
      [partnerUser, 403],
      [reviewer, 403],
      [t.anonymous, 401],
    ] as const) {
      const res = await post(client, [row(1000, { name: 'Refused 1' })]);
      expect(res.status).toBe(status);
    }
    expect(await claimsNamed('Refused')).toHaveLength(0);
  });

  it('checks every row in a dry run and writes no claim', async () => {
    const rows = [row(1001, { name: 'Dry 1' }), row(1002, { name: 'Dry 2', products: 'NOT_A_PRODUCT' }), row(1003, { name: 'Dry 3', location_mpn_id: '5523001' })];
    const res = await post(admin, rows, '?dryRun=true');
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ dryRun: true, rowsRead: 3, valid: 1, created: 0, rejected: 2 });
    expect(res.body.rows.map((r: any) => [r.status, r.claimId, r.problems.map((p: any) => p.code)])).toEqual([
      ['VALID', null, []],
      ['REJECTED', null, ['PRODUCT_UNKNOWN']],
      ['REJECTED', null, ['LOCATION_UNKNOWN']],
    ]);
    expect(await claimsNamed('Dry ')).toHaveLength(0);
    // The dry run's record is kept like any other.
    expect((await admin.request('GET', `/api/v1/claims/bulk/${res.body.id}`)).body.valid).toBe(1);
  });

  it('submits each valid row with a reused PoE document: UNDER_REVIEW with history, and refuses a second row on the same key', async () => {
    const poe = await uploadedPoe(admin, LOCATIONS.northwindAmsterdam);
    const rows = [row(1010, { name: 'Sub 1' }), row(1011, { name: 'Sub 2' }), row(1010, { name: 'Sub 3' }), row(1012, { name: 'Sub 4', customer_contact_title: '' })];
    const res = await post(admin, rows, `?submit=true&poeDocumentId=${poe}`);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ submit: true, poeDocumentId: poe, created: 2, submitted: 2, rejected: 2 });
    expect(res.body.rows.map((r: any) => [r.status, r.claimStatus, r.problems.map((p: any) => `${p.path} ${p.code}`)])).toEqual([
      ['SUBMITTED', 'UNDER_REVIEW', []],
      ['SUBMITTED', 'UNDER_REVIEW', []],
      ['REJECTED', null, ['lines.0 DUPLICATE_OPEN_CLAIM', 'lines.1 DUPLICATE_OPEN_CLAIM']],
      ['REJECTED', null, ['customerContact.title REQUIRED']],
    ]);
    const submitted = await claimsNamed('Sub ');
    expect(submitted.map((c) => [c.name, c.status, c.submitted_at !== null]).sort()).toEqual([
      ['Sub 1', 'UNDER_REVIEW', true],
      ['Sub 2', 'UNDER_REVIEW', true],
    ]);
    const source = await t.db.selectFrom('claim_documents').select(['sha256', 'file_name']).where('id', '=', poe).executeTakeFirstOrThrow();
    for (const c of submitted) {
      expect(await historyTypes(t.db, c.id)).toEqual(['CLAIM_CREATED', 'DRAFT_SAVED', 'DOCUMENT_ADDED', 'STATUS_CHANGED']);
      const change = await t.db.selectFrom('claim_events').select('data').where('claim_id', '=', c.id).where('type', '=', 'STATUS_CHANGED').executeTakeFirstOrThrow();
      expect(change.data).toMatchObject({ from: 'DRAFT', to: 'UNDER_REVIEW' });
      const docs = await t.db.selectFrom('claim_documents').select(['sha256', 'file_name', 'revision']).where('claim_id', '=', c.id).execute();
      expect(docs).toEqual([{ ...source, revision: 0 }]);
    }
    const jobs = await sql<{ id: string }>`select (j.payload->>'claimId') as id from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id where k.identifier = 'validate-submitted-claim'`.execute(t.db);
    expect(jobs.rows.map((j) => j.id)).toEqual(expect.arrayContaining(submitted.map((c) => c.id)));
  });

  it('finds two rows of one file on the same key in a dry run of a submit, as the submit would', async () => {
    const poe = await uploadedPoe(admin, LOCATIONS.northwindAmsterdam);
    const rows = [row(1015, { name: 'Twice 1' }), row(1015, { name: 'Twice 2', products: 'EXCHANGE_ONLINE;INTUNE' })];
    const res = await post(admin, rows, `?dryRun=true&submit=true&poeDocumentId=${poe}`);
    expect(res.body.rows.map((r: any) => [r.status, r.problems.map((p: any) => `${p.path} ${p.code}`)])).toEqual([
      ['VALID', []],
      ['REJECTED', ['lines.0 DUPLICATE_OPEN_CLAIM']],
    ]);
    expect(await claimsNamed('Twice')).toHaveLength(0);
  });

  it('needs a PoE to submit, and refuses another organisation’s document', async () => {
    const res = await post(admin, [row(1020, { name: 'NoPoe 1' })], '?submit=true');
    expect(res.status).toBe(201);
    expect(res.body.rows[0]).toMatchObject({ status: 'REJECTED', problems: [{ path: 'documents', code: 'POE_MISSING' }] });

    const foreign = await uploadedPoe(fabrikam, LOCATIONS.fabrikamMunich);
    const refused = await post(admin, [row(1021, { name: 'NoPoe 2' })], `?submit=true&poeDocumentId=${foreign}`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('POE_DOCUMENT_UNKNOWN');
    const perRow = await post(admin, [row(1022, { name: 'NoPoe 3', poe_document_id: foreign })]);
    expect(perRow.body.rows[0].problems.map((p: any) => p.code)).toEqual(['POE_DOCUMENT_UNKNOWN']);
    expect(await claimsNamed('NoPoe')).toHaveLength(0);
  });

  it('reads NDJSON with the same fields', async () => {
    const ndjson = [row(1030, { name: 'Nd 1' }), { ...row(1031, { name: 'Nd 2' }), activities: ['USAGE'], products: [{ productCode: 'INTUNE' }] }].map((r) => JSON.stringify(r)).join('\n');
    const res = await admin.request('POST', '/api/v1/claims/bulk', ndjson, { 'content-type': 'application/x-ndjson' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ format: 'NDJSON', created: 2, rejected: 0 });
    expect((await claimsNamed('Nd ')).length).toBe(2);
  });

  it('refuses a file over the row limit, one it cannot read and other content types, and writes nothing', async () => {
    const before = await t.db.selectFrom('bulk_claim_uploads').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const tooMany = `${BULK_CLAIM_FIELDS.map((f) => f.name).join(',')}\n${'Big,4412001\n'.repeat(5001)}`;
    const big = await post(admin, tooMany);
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('TOO_MANY_ROWS');
    const header = await post(admin, 'name,colour\nx,red\n');
    expect(header.status).toBe(422);
    expect(header.body.error.code).toBe('UNKNOWN_COLUMNS');
    const json = await admin.request('POST', '/api/v1/claims/bulk', { rows: [] });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const after = await t.db.selectFrom('bulk_claim_uploads').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await claimsNamed('Big')).toHaveLength(0);
  });

  it('offers a template whose header is every column', async () => {
    const res = await admin.request('GET', '/api/v1/claims/bulk/template.csv');
    expect(res.status).toBe(200);
    expect(res.text.split('\r\n')[0]).toBe(BULK_CLAIM_FIELDS.map((f) => f.name).join(','));
    expect((await reviewer.request('GET', '/api/v1/claims/bulk/template.csv')).status).toBe(403);
  });

  it('describes its operations in the OpenAPI document with their bodies and error answers', async () => {
    const doc = (await t.anonymous.request('GET', '/api/v1/openapi.json')).body;
    const create = doc.paths['/claims/bulk'].post;
    expect(create.operationId).toBe('createBulkClaims');
    expect(Object.keys(create.requestBody.content)).toEqual(['text/csv', 'application/x-ndjson']);
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '403', '413', '415', '422']));
    expect(doc.paths['/claims/bulk/{id}'].get.operationId).toBe('getBulkClaimUpload');
    expect(doc.paths['/claims/bulk/{id}/rejections.csv'].get.responses['404']).toBeDefined();
    expect(doc.paths['/claims/bulk/template.csv'].get.operationId).toBe('getBulkClaimsTemplate');
  });
});
