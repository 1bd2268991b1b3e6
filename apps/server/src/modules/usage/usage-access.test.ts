import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccessAssociation, canReadUsage, coversKey, startMonth, type UsageRowKey } from './usage-access';

const ORGS = ['org-a', 'org-b', 'org-c'];
const TENANTS = ['t-1', 't-2'];
const PRODUCTS = ['MICROSOFT_TEAMS', 'POWER_BI_PRO'];
const SUBSCRIPTIONS = ['s-1', 's-2', null];
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true });

const rows = fc.record({
  tenantId: fc.constantFrom(...TENANTS),
  productCode: fc.constantFrom(...PRODUCTS),
  subscriptionId: fc.constantFrom(...SUBSCRIPTIONS),
  month: fc.constantFrom(...MONTHS),
}) satisfies fc.Arbitrary<UsageRowKey>;

/**
 * A random history of one key: holders one after another (each ends when the next starts), the
 * last one still ACTIVE or ended too. What exists now is the rows the database would hold.
 */
const keyTimeline = fc
  .record({
    unit: fc.constantFrom('WORKLOAD' as const, 'SUBSCRIPTION' as const),
    tenantId: fc.constantFrom(...TENANTS),
    productCode: fc.constantFrom(...PRODUCTS),
    subscriptionId: fc.constantFrom('s-1', 's-2'),
    holders: fc.array(fc.record({ organisationId: fc.constantFrom(...ORGS), startedAt: instants }), { minLength: 1, maxLength: 4 }),
    lastEnded: fc.boolean(),
  })
  .map((k): AccessAssociation[] => {
    const sorted = [...k.holders].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    return sorted.map((h, i) => ({
      id: `${k.unit}-${k.tenantId}-${k.productCode}-${i}`,
      organisationId: h.organisationId,
      programCode: k.unit === 'WORKLOAD' ? 'OSU_M365' : 'OSU_BIZAPPS',
      status: i < sorted.length - 1 || k.lastEnded ? 'ENDED' : 'ACTIVE',
      exclusivityUnit: k.unit,
      tenantId: k.tenantId,
      productCode: k.productCode,
      subscriptionId: k.unit === 'SUBSCRIPTION' ? k.subscriptionId : null,
      startedAt: h.startedAt,
    }));
  });
const timelines = fc.array(keyTimeline, { maxLength: 6 }).map((ks) => ks.flat());
const partner = fc.constantFrom(...ORGS).map((organisationId) => ({ kind: 'PARTNER' as const, organisationId }));

describe('usage access rule', () => {
  it('lets vendor staff read every row', () => {
    fc.assert(fc.property(timelines, rows, (associations, row) => canReadUsage({ kind: 'VENDOR' }, associations, row)));
  });

  it('lets a partner read a row only through its own active association on a key covering it, from the start month on', () => {
    fc.assert(
      fc.property(timelines, partner, rows, (associations, reader, row) => {
        const through = associations.filter((a) => a.organisationId === reader.organisationId && a.status === 'ACTIVE' && coversKey(a, row) && row.month >= startMonth(a.startedAt));
        expect(canReadUsage(reader, associations, row)).toBe(through.length > 0);
      }),
    );
  });

  it('gives nothing through an ended association, whoever holds the key now', () => {
    fc.assert(
      fc.property(timelines, partner, rows, (associations, reader, row) => {
        const ownActive = associations.filter((a) => a.organisationId === reader.organisationId && a.status === 'ACTIVE');
        const others = associations.filter((a) => !ownActive.includes(a));
        // Only the partner's own active associations matter: everything else (ended, or another partner's) adds nothing.
        expect(canReadUsage(reader, associations, row)).toBe(canReadUsage(reader, ownActive, row));
        expect(canReadUsage(reader, others, row)).toBe(false);
      }),
    );
  });

  it('ending an association never widens what a partner reads', () => {
    fc.assert(
      fc.property(timelines, partner, rows, fc.nat(), (associations, reader, row, pick) => {
        if (!associations.length) return;
        const ended = associations.map((a, i) => (i === pick % associations.length ? { ...a, status: 'ENDED' as const } : a));
        if (canReadUsage(reader, ended, row)) expect(canReadUsage(reader, associations, row)).toBe(true);
      }),
    );
  });

  it('never opens months before the start month, nor rows without a subscription to a subscription holder', () => {
    fc.assert(
      fc.property(timelines, partner, rows, (associations, reader, row) => {
        const subscriptionOnly = associations.filter((a) => a.exclusivityUnit === 'SUBSCRIPTION');
        if (row.subscriptionId === null) expect(canReadUsage(reader, subscriptionOnly, row)).toBe(false);
        const own = associations.filter((a) => a.organisationId === reader.organisationId && a.status === 'ACTIVE' && coversKey(a, row));
        if (own.every((a) => row.month < startMonth(a.startedAt))) expect(canReadUsage(reader, associations, row)).toBe(false);
      }),
    );
  });

  it('a workload association covers every subscription of its product; a subscription one only its own', () => {
    const base = { id: 'a', organisationId: 'org-a', programCode: 'OSU_M365', status: 'ACTIVE' as const, tenantId: 'T-1', productCode: 'MICROSOFT_TEAMS', startedAt: new Date('2026-05-20T22:30:00Z') };
    const workload: AccessAssociation = { ...base, exclusivityUnit: 'WORKLOAD', subscriptionId: null };
    const subscription: AccessAssociation = { ...base, exclusivityUnit: 'SUBSCRIPTION', subscriptionId: 'S-1' };
    const row = (subscriptionId: string | null, month = '2026-05-01') => ({ tenantId: 't-1', productCode: 'MICROSOFT_TEAMS', subscriptionId, month });
    const reader = { kind: 'PARTNER' as const, organisationId: 'org-a' };
    expect([null, 's-1', 's-2'].map((s) => canReadUsage(reader, [workload], row(s)))).toEqual([true, true, true]);
    expect([null, 's-1', 's-2'].map((s) => canReadUsage(reader, [subscription], row(s)))).toEqual([false, true, false]);
    // The start month is the UTC month of the start instant: all of May, nothing of April.
    expect(canReadUsage(reader, [workload], row(null, '2026-04-01'))).toBe(false);
    expect(startMonth(new Date('2026-05-31T23:30:00Z'))).toBe('2026-05-01');
  });
});
