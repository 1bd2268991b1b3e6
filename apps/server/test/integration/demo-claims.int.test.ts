import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlinesJob } from '../../src/jobs/sweep-deadlines.job';
import { seedDemoClaims } from '../../src/modules/demo/seed-demo-claims';
import { drainJobs, runJob } from '../helpers/run-jobs';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const EXPECTED: Record<string, { status: string; path: string[] }> = {
  'Contoso Teams rollout': { status: 'ACTIVE', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT', 'CUSTOMER_CONSENT>ACTIVE'] },
  'Wingtip Zorg Field Service planning': { status: 'ACTIVE', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT', 'CUSTOMER_CONSENT>ACTIVE'] },
  'Tailspin Toys Microsoft 365 Apps deployment': { status: 'ENDED', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT', 'CUSTOMER_CONSENT>ACTIVE', 'ACTIVE>ENDED'] },
  'Alpine Ski House SharePoint intranet': { status: 'CUSTOMER_CONSENT', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT'] },
  'Adatum Intune device rollout': { status: 'UNDER_REVIEW', path: ['DRAFT>UNDER_REVIEW'] },
  'Adatum endpoint management': { status: 'UNDER_REVIEW', path: ['DRAFT>UNDER_REVIEW'] },
  'Proseware Exchange Online migration': { status: 'ACTION_REQUIRED', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>ACTION_REQUIRED'] },
  'Woodgrove Bank Microsoft 365 Apps deployment': { status: 'REJECTED', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>REJECTED'] },
  'Coho Winery device management': { status: 'DRAFT', path: [] },
  'Litware Copilot rollout': { status: 'ACTIVE', path: ['DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>CUSTOMER_CONSENT', 'CUSTOMER_CONSENT>ACTIVE'] },
};

const claims = () =>
  t.db
    .selectFrom('claims as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.name', 'c.status', 'c.contested', 'c.rejection_reason', 'c.info_request_reasons', 'c.dispute_due_at', 'c.consent_closes_at', 'o.name as org'])
    .orderBy('c.name')
    .execute();
const byName = async () => new Map((await claims()).map((c) => [c.name!, c]));
const count = async (table: 'claims' | 'claim_events' | 'associations') => (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('demo claims', () => {
  it('plays every scenario through the use cases into its status', async () => {
    expect(await seedDemoClaims({ db: t.db, clock: t.clock })).toBe(true);
    const found = await byName();
    expect([...found.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, { status }] of Object.entries(EXPECTED)) expect(`${name}: ${found.get(name)!.status}`).toBe(`${name}: ${status}`);
    expect(found.get('Adatum endpoint management')!.org).toBe('Fabrikam Consulting');
    expect(found.get('Litware Copilot rollout')!.org).toBe('Fabrikam Consulting');
    expect(found.get('Proseware Exchange Online migration')!.info_request_reasons).toEqual(['CUSTOMER_SIGNATURE_MISSING']);
    const rejected = found.get('Woodgrove Bank Microsoft 365 Apps deployment')!;
    expect(rejected.rejection_reason).toBe('INSUFFICIENT_POE');
    expect(rejected.dispute_due_at!.getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect(found.get('Alpine Ski House SharePoint intranet')!.consent_closes_at!.getTime()).toBeGreaterThan(t.clock.now().getTime());
  });

  it('marks the two partners claiming Adatum Intune as contested, and no other claim', async () => {
    const contested = (await claims()).filter((c) => c.contested).map((c) => c.name);
    expect(contested.sort()).toEqual(['Adatum Intune device rollout', 'Adatum endpoint management']);
  });

  it('has associations for the active and ended claims, the ended one ended by the partner', async () => {
    const rows = await t.db
      .selectFrom('associations as a')
      .innerJoin('claims as c', 'c.id', 'a.claim_id')
      .select(['c.name', 'a.status', 'a.end_reason', 'a.program_code', 'a.product_code', 'a.subscription_id'])
      .orderBy('c.name')
      .orderBy('a.product_code')
      .execute();
    expect(rows.map((r) => `${r.name}|${r.program_code}|${r.product_code}|${r.status}|${r.end_reason ?? ''}`)).toEqual([
      'Contoso Teams rollout|OSU_M365|EXCHANGE_ONLINE|ACTIVE|',
      'Contoso Teams rollout|OSU_M365|MICROSOFT_TEAMS|ACTIVE|',
      'Litware Copilot rollout|OSU_M365|MICROSOFT_365_COPILOT|ACTIVE|',
      'Tailspin Toys Microsoft 365 Apps deployment|OSU_M365|MICROSOFT_365_APPS|ENDED|PARTNER_DISASSOCIATED',
      'Wingtip Zorg Field Service planning|OSU_BIZAPPS|DYNAMICS_365_FIELD_SERVICE|ACTIVE|',
    ]);
    expect(rows.find((r) => r.product_code === 'DYNAMICS_365_FIELD_SERVICE')!.subscription_id).not.toBeNull();
  });

  it('gives each claim a history whose status changes follow its path', async () => {
    for (const c of await claims()) {
      const events = await t.db.selectFrom('claim_events').select(['type', 'data']).where('claim_id', '=', c.id).orderBy('id').execute();
      expect(events[0]!.type).toBe('CLAIM_CREATED');
      const path = events.filter((e) => e.type === 'STATUS_CHANGED').map((e) => {
        const data = (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as { from: string; to: string };
        return `${data.from}>${data.to}`;
      });
      expect({ name: c.name, path }).toEqual({ name: c.name, path: EXPECTED[c.name!]!.path });
      if (c.status !== 'DRAFT') expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['DOCUMENT_ADDED', 'VALIDATION_FINDINGS']));
    }
  });

  it('leaves jobs the worker runs without moving any claim, and the consent request in the outbox', async () => {
    const before = (await claims()).map((c) => `${c.name}:${c.status}`);
    await drainJobs(t);
    await runJob(t, sweepDeadlinesJob);
    expect((await claims()).map((c) => `${c.name}:${c.status}`)).toEqual(before);
    const consentClaim = (await byName()).get('Alpine Ski House SharePoint intranet')!;
    const mails = await t.db.selectFrom('outbound_emails').select(['to_address', 'template', 'state', 'body_text']).where('claim_id', '=', consentClaim.id).execute();
    const consent = mails.find((m) => m.template === 'CONSENT_REQUEST' && m.to_address === 'diego.siciliani@alpineskihouse.com');
    expect(consent?.state).toBe('OUTBOX');
    expect(consent?.body_text).toMatch(/https:\/\/associa\.test\/consent\/[A-Za-z0-9_-]+/);
  });

  it('adds nothing the second time', async () => {
    const before = await Promise.all([count('claims'), count('claim_events'), count('associations')]);
    expect(await seedDemoClaims({ db: t.db, clock: t.clock })).toBe(false);
    expect(await Promise.all([count('claims'), count('claim_events'), count('associations')])).toEqual(before);
  });
});
