import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant, FILES, LOCATIONS, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { isoDay, nextWeekday, shift } from '../helpers/test-epoch';

let t: TestApp;
let admin: TestClient;
const ids: Record<string, string> = {};
// A morning early in the UTC day, so the few minutes the fixtures take stay on one date.
const START = nextWeekday('thursday', { time: '08:00', zone: 'UTC' });
beforeAll(async () => {
  t = await createTestApp({ now: START });
  admin = await t.loginAs('partner.admin@northwind.example');
  const contoso = await demoTenant(t.db, 'contoso.nl');
  const woodgrove = await demoTenant(t.db, 'woodgrovebank.com');
  const make = async (key: string, body: Record<string, unknown>, submit: boolean) => {
    t.clock.advance(60_000);
    const id = (await admin.request('POST', '/api/v1/claims', body)).body.id;
    if (submit) {
      await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf');
      const res = await admin.request('POST', `/api/v1/claims/${id}/submit`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    ids[key] = id;
  };
  await make('teams', m365Claim(contoso.tenantId, { name: 'Alpha Teams' }), true);
  await make('exchange', m365Claim(contoso.tenantId, { name: 'Beta Exchange', lines: [{ productCode: 'EXCHANGE_ONLINE' }], activities: ['USAGE', 'PRE_SALES'] }), false);
  await make('woodgrove', m365Claim(woodgrove.tenantId, { name: 'Gamma Woodgrove', customer: { domain: 'woodgrovebank.com', tenantId: woodgrove.tenantId }, locationId: LOCATIONS.northwindSeattle, lines: [{ productCode: 'INTUNE' }] }), true);
  await make('draft', { locationId: LOCATIONS.northwindAmsterdam, name: 'delta draft' }, false);
  const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  await fabrikam.request('POST', '/api/v1/claims', { locationId: LOCATIONS.fabrikamMunich, name: 'Fabrikam secret' });
});
afterAll(() => t.close());

const names = (res: any) => res.body.items.map((i: any) => i.name);

describe('the claims list', () => {
  it("lists only the caller's organisation's claims, most recently updated first", async () => {
    const res = await admin.request('GET', '/api/v1/claims');
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(['delta draft', 'Gamma Woodgrove', 'Beta Exchange', 'Alpha Teams']);
    expect(res.body.items[1]).toMatchObject({ status: 'UNDER_REVIEW', location: { mpnId: '4412002' }, customer: { domain: 'woodgrovebank.com', name: 'Woodgrove Bank' }, products: ['INTUNE'], programs: ['OSU_M365'] });
  });

  it('searches name, domain, tenant ID and customer name', async () => {
    expect(names(await admin.request('GET', '/api/v1/claims?q=beta'))).toEqual(['Beta Exchange']);
    expect(names(await admin.request('GET', '/api/v1/claims?q=WOODGROVEBANK.com'))).toEqual(['Gamma Woodgrove']);
    expect(names(await admin.request('GET', '/api/v1/claims?q=Contoso%20Nederland'))).toEqual(['Beta Exchange', 'Alpha Teams']);
    const tenantId = (await demoTenant(t.db, 'woodgrovebank.com')).tenantId;
    expect(names(await admin.request('GET', `/api/v1/claims?q=${tenantId}`))).toEqual(['Gamma Woodgrove']);
    expect(names(await admin.request('GET', '/api/v1/claims?q=Fabrikam'))).toEqual([]);
  });

  it('filters by status, location, program, product, solution area and dates', async () => {
    expect(names(await admin.request('GET', '/api/v1/claims?status=UNDER_REVIEW'))).toEqual(['Gamma Woodgrove', 'Alpha Teams']);
    expect(names(await admin.request('GET', '/api/v1/claims?status=DRAFT,UNDER_REVIEW&locationId=' + LOCATIONS.northwindSeattle))).toEqual(['Gamma Woodgrove']);
    expect(names(await admin.request('GET', '/api/v1/claims?program=OSA_SELL'))).toEqual(['Beta Exchange']);
    expect(names(await admin.request('GET', '/api/v1/claims?product=MICROSOFT_TEAMS'))).toEqual(['Alpha Teams']);
    expect(names(await admin.request('GET', '/api/v1/claims?solutionArea=BUSINESS_APPLICATIONS'))).toEqual([]);
    expect(names(await admin.request('GET', `/api/v1/claims?submittedFrom=${isoDay(START)}&submittedTo=${isoDay(START)}`))).toEqual(['Gamma Woodgrove', 'Alpha Teams']);
    expect(names(await admin.request('GET', `/api/v1/claims?createdFrom=${isoDay(shift(START, { days: 1 }))}`))).toEqual([]);
    expect((await admin.request('GET', '/api/v1/claims?status=NOPE')).status).toBe(400);
  });

  it('sorts by name and status, and pages with a cursor without gaps or repeats', async () => {
    expect(names(await admin.request('GET', '/api/v1/claims?sort=name'))).toEqual(['Alpha Teams', 'Beta Exchange', 'delta draft', 'Gamma Woodgrove']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await admin.request('GET', `/api/v1/claims?sort=-submitted&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...names(res));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Gamma Woodgrove', 'Alpha Teams', 'Beta Exchange', 'delta draft'].slice(0, 2).concat(seen.slice(2)));
    expect(new Set(seen)).toEqual(new Set(['Gamma Woodgrove', 'Alpha Teams', 'Beta Exchange', 'delta draft']));
  });

  it('shows the vendor every submitted claim and no drafts', async () => {
    const reviewer = await t.loginAs('reviewer@vendor.example');
    const res = await reviewer.request('GET', '/api/v1/claims?sort=name');
    expect(names(res)).toEqual(['Alpha Teams', 'Gamma Woodgrove']);
  });

  it('exports the same filtered list as CSV, safe for spreadsheets', async () => {
    await admin.request('PATCH', `/api/v1/claims/${ids.draft}`, { name: '=HYPERLINK("http://evil")' });
    const res = await fetch(`${t.baseUrl}/api/v1/claims/export?sort=name`, { headers: { cookie: await cookie() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('id,name,status,mpnId,location,customerName,domain,tenantId,solutionArea,programs,products,createdAt,submittedAt,updatedAt');
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil"")"`))).toBe(true);
    expect(lines.join('\n')).not.toContain('Fabrikam');
  });
});

describe('comments', () => {
  it('adds a comment before and after submit without changing the claim, with history', async () => {
    const before = await t.db.selectFrom('claims').select('updated_at').where('id', '=', ids.teams!).executeTakeFirstOrThrow();
    const res = await admin.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'The signed SOW is attached.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ body: 'The signed SOW is attached.', authorName: 'Nina de Vries', authorSide: 'PARTNER' });
    const reviewer = await t.loginAs('reviewer@vendor.example');
    t.clock.advance(1000);
    expect((await reviewer.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'Thanks, checking.' })).body.authorSide).toBe('VENDOR');
    const claim = await admin.request('GET', `/api/v1/claims/${ids.teams}`);
    expect(claim.body.commentThread.map((c: any) => c.body)).toEqual(['The signed SOW is attached.', 'Thanks, checking.']);
    const after = await t.db.selectFrom('claims').select('updated_at').where('id', '=', ids.teams!).executeTakeFirstOrThrow();
    expect(after.updated_at).toEqual(before.updated_at);
    const events = await t.db.selectFrom('claim_events').select('type').where('claim_id', '=', ids.teams!).where('type', '=', 'COMMENT_ADDED').execute();
    expect(events).toHaveLength(2);
    expect((await admin.request('POST', `/api/v1/claims/${ids.draft}/comments`, { body: 'note to self' })).status).toBe(201);
  });

  it('refuses comments from partner users, other organisations and empty bodies', async () => {
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'hi' })).status).toBe(403);
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    expect((await fabrikam.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'hi' })).status).toBe(404);
    expect((await admin.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: '   ' })).status).toBe(400);
  });
});

describe('Idempotency-Key', () => {
  it('answers a repeated POST with the first answer and does it once', async () => {
    const headers = { 'idempotency-key': 'create-1' };
    const body = { locationId: LOCATIONS.northwindAmsterdam, name: 'idempotent draft' };
    const first = await admin.request('POST', '/api/v1/claims', body, headers);
    const again = await admin.request('POST', '/api/v1/claims', body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await t.db.selectFrom('claims').select('id').where('name', '=', 'idempotent draft').execute()).toHaveLength(1);
  });

  it('refuses the same key with another body with 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const headers = { 'idempotency-key': 'comment-1' };
    await admin.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'one' }, headers);
    const res = await admin.request('POST', `/api/v1/claims/${ids.teams}/comments`, { body: 'two' }, headers);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const bodies = await t.db.selectFrom('claim_comments').select('body').where('claim_id', '=', ids.teams!).execute();
    expect(bodies.map((b) => b.body)).not.toContain('two');
  });

  it('forgets a key after 24 hours, and keeps keys per user', async () => {
    const headers = { 'idempotency-key': 'old-key' };
    const body = { locationId: LOCATIONS.northwindAmsterdam, name: 'day one' };
    await admin.request('POST', '/api/v1/claims', body, headers);
    t.clock.advance(25 * 3_600_000);
    const later = await (await t.loginAs('partner.admin@northwind.example')).request('POST', '/api/v1/claims', body, headers);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await t.db.selectFrom('claims').select('id').where('name', '=', 'day one').execute()).toHaveLength(2);
  });
});

async function cookie(): Promise<string> {
  const res = await fetch(`${t.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'partner.admin@northwind.example', password: 'associa-demo' }) });
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
