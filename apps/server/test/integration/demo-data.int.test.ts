import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/modules/demo/seed-demo-data';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const count = async (table: 'users' | 'customer_tenants' | 'subscriptions' | 'partner_locations') =>
  (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('demo data', () => {
  it('has the demo people, partners with locations, and a directory across countries, channels and states', async () => {
    const users = await t.db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id').select(['email', 'role', 'o.name']).orderBy('email').execute();
    expect(users.map((u) => `${u.email}:${u.role}`)).toEqual([
      'partner.admin@fabrikam.example:PARTNER_ADMIN',
      'partner.admin@northwind.example:PARTNER_ADMIN',
      'partner.user@northwind.example:PARTNER_USER',
      'program.admin@vendor.example:PROGRAM_ADMIN',
      'reviewer2@vendor.example:REVIEWER',
      'reviewer@vendor.example:REVIEWER',
    ]);
    expect(await count('customer_tenants')).toBeGreaterThanOrEqual(20);
    const countries = await t.db.selectFrom('customer_tenants').select('country').distinct().execute();
    expect(countries.map((c) => c.country)).toEqual(expect.arrayContaining(['NL', 'DE', 'US', 'JP', 'BR', 'IN']));
    const channels = await t.db.selectFrom('subscriptions').select('channel').distinct().execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['CSP', 'DIRECT', 'EA', 'MCA', 'OPEN']);
    const states = await t.db.selectFrom('subscriptions').select('state').distinct().execute();
    expect(states.map((s) => s.state).sort()).toEqual(['ACTIVE', 'EXPIRED', 'GRACE', 'SUSPENDED']);
  });

  it('loads nothing the second time', async () => {
    const before = await Promise.all([count('users'), count('customer_tenants'), count('subscriptions'), count('partner_locations')]);
    expect(await seedDemoData({ db: t.db, password: 'associa-demo' })).toBe(false);
    const after = await Promise.all([count('users'), count('customer_tenants'), count('subscriptions'), count('partner_locations')]);
    expect(after).toEqual(before);
  });
});
