import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';
import { LOCATIONS } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('program.admin@vendor.example');
});
afterAll(() => t.close());

const NORTHWIND = deterministicUuid('org:northwind');
const FABRIKAM = deterministicUuid('org:fabrikam');
const VENDOR = deterministicUuid('org:vendor');
const PROGRAM_ADMIN = deterministicUuid('user:program.admin@vendor.example');

const auditRows = (organisationId: string) =>
  t.db.selectFrom('audit_log').selectAll().where('target_organisation_id', '=', organisationId).orderBy('id').execute();

async function createPartner(name: string, country = 'NL') {
  const res = await admin.request('POST', '/api/v1/partners', { name, country });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('partner organisations', () => {
  it('creates a partner and a location with enrolments, and shows them with its people', async () => {
    t.clock.advance(1000);
    const created = await admin.request('POST', '/api/v1/partners', { name: ' Litware Solutions ', country: 'nl' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/partners/${created.body.id}`);
    expect(created.body).toMatchObject({ name: 'Litware Solutions', country: 'NL', status: 'ACTIVE', locationCount: 0, userCount: 0, locations: [], users: [] });
    const id = created.body.id as string;

    const location = await admin.request('POST', `/api/v1/partners/${id}/locations`, {
      mpnId: '7700001',
      name: 'Litware Utrecht',
      country: 'NL',
      enrolledPrograms: ['OSU_M365', 'OSA_SELL', 'OSU_M365'],
    });
    expect(location.status).toBe(201);
    expect(location.body).toMatchObject({ mpnId: '7700001', name: 'Litware Utrecht', country: 'NL', enrolledPrograms: ['OSA_SELL', 'OSU_M365'] });
    const enrolments = await t.db.selectFrom('location_enrolments').select('program_code').where('location_id', '=', location.body.id).orderBy('program_code').execute();
    expect(enrolments.map((e) => e.program_code)).toEqual(['OSA_SELL', 'OSU_M365']);

    const northwind = await admin.request('GET', `/api/v1/partners/${NORTHWIND}`);
    expect(northwind.status).toBe(200);
    expect(northwind.body).toMatchObject({ name: 'Northwind Traders', locationCount: 2, userCount: 2 });
    expect(northwind.body.locations.map((l: any) => [l.mpnId, l.enrolledPrograms])).toEqual([
      ['4412001', ['OSA_SELL', 'OSU_BIZAPPS', 'OSU_M365', 'REVENUE_ASSOCIATION']],
      ['4412002', ['OSA_SELL', 'OSU_M365']],
    ]);
    expect(northwind.body.users.map((u: any) => [u.email, u.role, u.active])).toEqual([
      ['partner.admin@northwind.example', 'PARTNER_ADMIN', true],
      ['partner.user@northwind.example', 'PARTNER_USER', true],
    ]);
  });

  it('lists partners by name a page at a time, searches by name or MPN ID, and filters by status', async () => {
    for (const name of ['alpha Partners', 'Beta Partners', 'Gamma Partners']) await createPartner(name);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await admin.request('GET', `/api/v1/partners?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: any) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    const partners = await t.db.selectFrom('organisations').select('name').where('kind', '=', 'PARTNER').orderBy(sql`lower(name)`).orderBy('id').execute();
    expect(seen).toEqual(partners.map((p) => p.name));
    expect(seen).not.toContain('Vendor Partner Programs');
    expect(seen.indexOf('alpha Partners')).toBeLessThan(seen.indexOf('Beta Partners'));

    const names = async (query: string) => (await admin.request('GET', `/api/v1/partners?${query}`)).body.items.map((p: any) => p.name);
    expect(await names('q=NORTH')).toEqual(['Northwind Traders']);
    expect(await names('q=5523001')).toEqual(['Fabrikam Consulting']);
    expect(await names('q=4412')).toEqual(['Northwind Traders']);
    expect(await names('q=partners')).toEqual(['alpha Partners', 'Beta Partners', 'Gamma Partners']);
    expect(await names('q=50%25')).toEqual([]);

    const gamma = (await admin.request('GET', '/api/v1/partners?q=gamma')).body.items[0];
    expect((await admin.request('PATCH', `/api/v1/partners/${gamma.id}`, { status: 'SUSPENDED' })).body.status).toBe('SUSPENDED');
    expect(await names('status=SUSPENDED')).toEqual(['Gamma Partners']);
    expect(await names('status=ACTIVE')).not.toContain('Gamma Partners');
    expect((await admin.request('GET', '/api/v1/partners?cursor=garbage')).body.error.details[0].code).toBe('INVALID_CURSOR');
  });

  it('refuses a name another organisation has, whatever its case, and writes no audit entry', async () => {
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    for (const name of ['northwind traders', 'VENDOR PARTNER PROGRAMS']) {
      const res = await admin.request('POST', '/api/v1/partners', { name, country: 'NL' });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('PARTNER_NAME_TAKEN');
      expect(res.body.error.details[0].path).toBe('name');
    }
    const renamed = await admin.request('PATCH', `/api/v1/partners/${FABRIKAM}`, { name: 'Northwind TRADERS' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.code).toBe('PARTNER_NAME_TAKEN');
    const after = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // A change of case of its own name is not a clash.
    expect((await admin.request('PATCH', `/api/v1/partners/${FABRIKAM}`, { name: 'FABRIKAM Consulting' })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/v1/partners/${FABRIKAM}`, { name: 'Fabrikam Consulting' })).status).toBe(200);
  });

  it('refuses an MPN ID any partner already uses, on create and on change', async () => {
    const id = await createPartner('Proseware Partners', 'DE');
    const res = await admin.request('POST', `/api/v1/partners/${id}/locations`, { mpnId: '4412001', name: 'Proseware Berlin', country: 'DE', enrolledPrograms: [] });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'MPN_ID_TAKEN', details: [{ path: 'mpnId', code: 'MPN_ID_TAKEN' }] });
    expect(await t.db.selectFrom('partner_locations').select('id').where('organisation_id', '=', id).execute()).toEqual([]);

    const changed = await admin.request('PATCH', `/api/v1/partners/${NORTHWIND}/locations/${LOCATIONS.northwindSeattle}`, { mpnId: '5523001' });
    expect(changed.status).toBe(409);
    expect(changed.body.error.details[0]).toMatchObject({ path: 'mpnId', code: 'MPN_ID_TAKEN' });
  });

  it('answers 400 with the field for a bad MPN ID, country, program or an empty change', async () => {
    const bad = async (method: string, path: string, body: unknown, field: string) => {
      const res = await admin.request(method, path, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: any) => d.path)).toContain(field);
    };
    const locations = `/api/v1/partners/${NORTHWIND}/locations`;
    await bad('POST', locations, { mpnId: '12ab', name: 'X', country: 'NL' }, 'mpnId');
    await bad('POST', locations, { mpnId: '12345', name: 'X', country: 'NL' }, 'mpnId');
    await bad('POST', locations, { mpnId: '1234567', name: 'X', country: 'Netherlands' }, 'country');
    await bad('POST', locations, { mpnId: '1234567', name: 'X', country: 'NL', enrolledPrograms: ['CSP'] }, 'enrolledPrograms.0');
    await bad('POST', '/api/v1/partners', { name: 'Y', country: 'N1' }, 'country');
    await bad('POST', '/api/v1/partners', { name: '', country: 'NL' }, 'name');
    await bad('PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'GONE' }, 'status');
    const empty = await admin.request('PATCH', `/api/v1/partners/${NORTHWIND}`, {});
    expect(empty.status).toBe(400);
  });

  it('answers 404 for the vendor, an unknown id, and another partner\'s location under this partner', async () => {
    expect((await admin.request('GET', `/api/v1/partners/${VENDOR}`)).status).toBe(404);
    expect((await admin.request('GET', `/api/v1/partners/${deterministicUuid('nobody')}`)).status).toBe(404);
    expect((await admin.request('PATCH', `/api/v1/partners/${VENDOR}`, { name: 'Renamed vendor' })).status).toBe(404);
    expect((await admin.request('POST', `/api/v1/partners/${VENDOR}/locations`, { mpnId: '9900001', name: 'V', country: 'NL' })).status).toBe(404);
    const foreign = await admin.request('PATCH', `/api/v1/partners/${NORTHWIND}/locations/${LOCATIONS.fabrikamMunich}`, { name: 'Taken over' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    const row = await t.db.selectFrom('partner_locations').select('name').where('id', '=', LOCATIONS.fabrikamMunich).executeTakeFirstOrThrow();
    expect(row.name).toBe('Fabrikam Consulting München');
  });

  it('is for program admins only: 403 for partner staff and reviewers, 401 without a caller', async () => {
    const location = `/api/v1/partners/${NORTHWIND}/locations/${LOCATIONS.northwindSeattle}`;
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/partners'],
      ['POST', '/api/v1/partners', { name: 'Sneaky Partners', country: 'NL' }],
      ['GET', `/api/v1/partners/${NORTHWIND}`],
      ['PATCH', `/api/v1/partners/${NORTHWIND}`, { status: 'SUSPENDED' }],
      ['POST', `/api/v1/partners/${NORTHWIND}/locations`, { mpnId: '8800001', name: 'Sneaky', country: 'NL' }],
      ['PATCH', location, { name: 'Sneaky' }],
      ['GET', '/api/v1/admin/audit'],
    ];
    for (const email of ['partner.admin@northwind.example', 'partner.user@northwind.example', 'reviewer@vendor.example']) {
      const client = await t.loginAs(email);
      for (const [method, path, body] of calls) {
        const res = await client.request(method, path, body);
        expect([email, method, path, res.status, res.body.error?.code]).toEqual([email, method, path, 403, 'FORBIDDEN']);
      }
    }
    for (const [method, path, body] of calls) {
      const res = await t.anonymous.request(method, path, body);
      expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 401, 'UNAUTHENTICATED']);
    }
    const northwind = await t.db.selectFrom('organisations').select('status').where('id', '=', NORTHWIND).executeTakeFirstOrThrow();
    expect(northwind.status).toBe('ACTIVE');
    expect(await t.db.selectFrom('organisations').select('id').where('name', '=', 'Sneaky Partners').execute()).toEqual([]);
  });
});

describe('the audit log of partner administration', () => {
  it('records every create and change with who, what before and after, and from where', async () => {
    t.clock.advance(1000);
    const id = await createPartner('Trey Partners', 'GB');
    const location = (await admin.request('POST', `/api/v1/partners/${id}/locations`, { mpnId: '6600001', name: 'Trey London', country: 'GB', enrolledPrograms: ['OSU_M365'] })).body;
    t.clock.advance(1000);
    await admin.request('PATCH', `/api/v1/partners/${id}`, { name: 'Trey Research Partners', country: 'GB' });
    await admin.request('PATCH', `/api/v1/partners/${id}/locations/${location.id}`, { enrolledPrograms: ['OSU_BIZAPPS', 'OSU_M365'], name: 'Trey London' });
    await admin.request('PATCH', `/api/v1/partners/${id}`, { status: 'SUSPENDED' });
    await admin.request('PATCH', `/api/v1/partners/${id}`, { status: 'SUSPENDED' });
    await admin.request('PATCH', `/api/v1/partners/${id}`, { status: 'ACTIVE' });

    const rows = await auditRows(id);
    expect(rows.map((r) => [r.action, r.target_type, r.target_id])).toEqual([
      ['PARTNER_CREATED', 'ORGANISATION', id],
      ['LOCATION_CREATED', 'LOCATION', location.id],
      ['PARTNER_UPDATED', 'ORGANISATION', id],
      ['LOCATION_UPDATED', 'LOCATION', location.id],
      ['PARTNER_SUSPENDED', 'ORGANISATION', id],
      ['PARTNER_REACTIVATED', 'ORGANISATION', id],
    ]);
    expect(rows[0]).toMatchObject({ actor_type: 'USER', actor_user_id: PROGRAM_ADMIN, actor_name: 'Priya Raman', actor_organisation_id: VENDOR, ip: '127.0.0.1' });
    expect(rows[0]!.details).toEqual({ after: { name: 'Trey Partners', country: 'GB', status: 'ACTIVE' } });
    expect(rows[1]!.details).toEqual({ after: { mpnId: '6600001', name: 'Trey London', country: 'GB', enrolledPrograms: ['OSU_M365'] } });
    expect(rows[1]!.target_label).toBe('Trey London (MPN ID 6600001)');
    expect(rows[2]!.details).toEqual({ before: { name: 'Trey Partners' }, after: { name: 'Trey Research Partners' } });
    expect(rows[3]!.details).toEqual({ before: { enrolledPrograms: ['OSU_M365'] }, after: { enrolledPrograms: ['OSU_BIZAPPS', 'OSU_M365'] } });
    expect(rows[4]!.details).toEqual({ before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' } });

    const listed = await admin.request('GET', `/api/v1/admin/audit?organisationId=${id}&limit=4`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: any) => i.action)).toEqual(['PARTNER_REACTIVATED', 'PARTNER_SUSPENDED', 'LOCATION_UPDATED', 'PARTNER_UPDATED']);
    expect(listed.body.items[0]).toMatchObject({ actor: { type: 'USER', userId: PROGRAM_ADMIN, name: 'Priya Raman' }, target: { type: 'ORGANISATION', id, label: 'Trey Research Partners', organisationId: id }, ip: '127.0.0.1' });
    const rest = await admin.request('GET', `/api/v1/admin/audit?organisationId=${id}&limit=4&cursor=${listed.body.nextCursor}`);
    expect(rest.body.items.map((i: any) => i.action)).toEqual(['LOCATION_CREATED', 'PARTNER_CREATED']);
    expect(rest.body.nextCursor).toBeNull();
    const suspensions = await admin.request('GET', `/api/v1/admin/audit?action=PARTNER_SUSPENDED&actorUserId=${PROGRAM_ADMIN}`);
    expect(suspensions.body.items.map((i: any) => i.target.id)).toContain(id);
    expect(suspensions.body.items.every((i: any) => i.action === 'PARTNER_SUSPENDED')).toBe(true);
  });

  it('refuses to change or remove an entry', async () => {
    await expect(sql`update audit_log set action = 'PARTNER_UPDATED'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    const n = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(n.n).toBeGreaterThan(0);
  });
});
