import type { ReasonCode } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { checkClaimLines } from './check-claim-lines';
import type { SubscriptionFacts } from './claim-facts';

const message = (code: ReasonCode, extra?: string) => [code, extra].filter(Boolean).join(' ');
const products = new Map([
  ['POWER_BI_PRO', { code: 'POWER_BI_PRO', name: 'Power BI Pro', solutionArea: 'BUSINESS_APPLICATIONS' }],
  ['MICROSOFT_TEAMS', { code: 'MICROSOFT_TEAMS', name: 'Microsoft Teams', solutionArea: 'MICROSOFT_365' }],
]);
const product = (code: string) => products.get(code);
const TENANT = '254d6d7a-1422-5abf-a63a-144c041c7a98';
const sub = (id: string, over: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  id: `00000000-0000-4000-8000-00000000000${id}`,
  productCode: 'POWER_BI_PRO',
  state: 'ACTIVE',
  channel: 'DIRECT',
  startDate: '2024-01-01',
  endDate: '2027-01-01',
  ...over,
});
const base = { product, solutionArea: 'BUSINESS_APPLICATIONS', tenantId: TENANT, needsSubscription: true, message };

describe('the line rules', () => {
  it('reports unknown products and products outside the solution area, and resolves nothing for them', () => {
    const r = checkClaimLines({ ...base, subscriptions: [], lines: [{ productCode: 'NOPE' }, { productCode: 'MICROSOFT_TEAMS' }] });
    expect(r.problems).toEqual([
      { path: 'lines.0.productCode', code: 'PRODUCT_UNKNOWN', message: 'NOPE is not a product in the catalogue.' },
      { path: 'lines.1.productCode', code: 'PRODUCT_NOT_IN_SOLUTION_AREA', message: 'PRODUCT_NOT_IN_SOLUTION_AREA (Microsoft Teams)' },
    ]);
    expect(r.resolved).toEqual([]);
  });

  it('picks the one live non-CSP subscription, and asks with the candidates when there are several', () => {
    const one = checkClaimLines({ ...base, subscriptions: [sub('1'), sub('2', { channel: 'CSP' }), sub('3', { state: 'EXPIRED' })], lines: [{ productCode: 'POWER_BI_PRO' }] });
    expect(one).toEqual({ problems: [], resolved: [{ productCode: 'POWER_BI_PRO', subscriptionId: sub('1').id, chosen: 'AUTOMATIC' }] });
    const two = checkClaimLines({ ...base, subscriptions: [sub('1'), sub('4', { state: 'GRACE', channel: 'MCA' })], lines: [{ productCode: 'POWER_BI_PRO' }] });
    expect(two.problems).toEqual([
      {
        path: 'lines.0.subscriptionId',
        code: 'SUBSCRIPTION_REQUIRED',
        message: `SUBSCRIPTION_REQUIRED Candidates: ${sub('1').id}, ${sub('4').id}.`,
        candidates: [
          { id: sub('1').id, channel: 'DIRECT', state: 'ACTIVE', startDate: '2024-01-01', endDate: '2027-01-01' },
          { id: sub('4').id, channel: 'MCA', state: 'GRACE', startDate: '2024-01-01', endDate: '2027-01-01' },
        ],
      },
    ]);
    expect(two.resolved).toEqual([{ productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null }]);
  });

  it('says why no subscription can be picked: only CSP, only inactive, or none in the tenant', () => {
    const code = (subscriptions: SubscriptionFacts[]) => checkClaimLines({ ...base, subscriptions, lines: [{ productCode: 'POWER_BI_PRO' }] }).problems[0]?.code;
    expect(code([sub('1', { channel: 'CSP' })])).toBe('SUBSCRIPTION_CSP');
    expect(code([sub('1', { state: 'EXPIRED' })])).toBe('SUBSCRIPTION_INACTIVE');
    expect(code([sub('1', { productCode: 'OTHER' })])).toBe('SUBSCRIPTION_NOT_IN_TENANT');
  });

  it("checks the partner's subscription against the tenant's, in any case", () => {
    const lines = (subscriptionId: string) => [{ productCode: 'POWER_BI_PRO', subscriptionId }];
    const ok = checkClaimLines({ ...base, subscriptions: [sub('1')], lines: lines(sub('1').id.toUpperCase()) });
    expect(ok).toEqual({ problems: [], resolved: [{ productCode: 'POWER_BI_PRO', subscriptionId: sub('1').id, chosen: 'PARTNER' }] });
    expect(checkClaimLines({ ...base, subscriptions: [sub('1', { channel: 'CSP' })], lines: lines(sub('1').id) }).problems[0]?.code).toBe('SUBSCRIPTION_CSP');
    expect(checkClaimLines({ ...base, subscriptions: [sub('1', { state: 'ENDED' })], lines: lines(sub('1').id) }).problems[0]?.code).toBe('SUBSCRIPTION_INACTIVE');
    const foreign = checkClaimLines({ ...base, subscriptions: [sub('1')], lines: lines('not-a-guid') });
    expect(foreign.problems).toEqual([{ path: 'lines.0.subscriptionId', code: 'SUBSCRIPTION_NOT_IN_TENANT', message: 'SUBSCRIPTION_NOT_IN_TENANT (Power BI Pro)' }]);
    expect(foreign.resolved).toEqual([{ productCode: 'POWER_BI_PRO', subscriptionId: 'not-a-guid', chosen: 'PARTNER' }]);
  });

  it('needs no subscription for per-workload programs, nor checks any without a directory tenant', () => {
    expect(checkClaimLines({ ...base, needsSubscription: false, subscriptions: [sub('1')], lines: [{ productCode: 'POWER_BI_PRO' }] }).resolved).toEqual([
      { productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null },
    ]);
    expect(checkClaimLines({ ...base, tenantId: null, subscriptions: [], lines: [{ productCode: 'POWER_BI_PRO', subscriptionId: 'x' }] })).toEqual({
      problems: [],
      resolved: [{ productCode: 'POWER_BI_PRO', subscriptionId: 'x', chosen: 'PARTNER' }],
    });
  });
});
