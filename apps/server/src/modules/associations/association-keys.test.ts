import { describe, expect, it } from 'vitest';
import { claimKeys, exclusivityKey } from './association-keys';

const M365 = { code: 'OSU_M365', exclusivityUnit: 'WORKLOAD', conflictRule: 'REVIEWER_DECIDES' } as const;
const SELL = { code: 'OSA_SELL', exclusivityUnit: 'SUBSCRIPTION', conflictRule: 'FIRST_VALID_WINS' } as const;
const TENANT = 'AAAAAAAA-1111-2222-3333-444444444444';

describe('exclusivity keys', () => {
  it('keys a workload program by tenant and workload, whatever the subscription', () => {
    const a = exclusivityKey(M365, TENANT, { productCode: 'EXCHANGE_ONLINE', subscriptionId: 'x' });
    const b = exclusivityKey(M365, TENANT.toLowerCase(), { productCode: 'EXCHANGE_ONLINE', subscriptionId: null });
    expect(a).toBe(b);
    expect(a).toBe('OSU_M365/tenant:aaaaaaaa-1111-2222-3333-444444444444/EXCHANGE_ONLINE');
  });

  it('keys a subscription program by the subscription alone, and has no key without one', () => {
    expect(exclusivityKey(SELL, TENANT, { productCode: 'D365_SALES', subscriptionId: 'S-1' })).toBe('OSA_SELL/subscription:s-1');
    expect(exclusivityKey(SELL, TENANT, { productCode: 'D365_SALES', subscriptionId: null })).toBeNull();
  });

  it('gives one key per line and program, sorted, without duplicates', () => {
    const keys = claimKeys(TENANT, [SELL, M365], [
      { lineId: 'l2', productCode: 'TEAMS', subscriptionId: 'S-2' },
      { lineId: 'l1', productCode: 'EXCHANGE_ONLINE', subscriptionId: 'S-1' },
      { lineId: 'l3', productCode: 'EXCHANGE_ONLINE', subscriptionId: 'S-1' },
    ]);
    expect(keys.map((k) => k.key)).toEqual([
      'OSA_SELL/subscription:s-1',
      'OSA_SELL/subscription:s-2',
      `OSU_M365/tenant:${TENANT.toLowerCase()}/EXCHANGE_ONLINE`,
      `OSU_M365/tenant:${TENANT.toLowerCase()}/TEAMS`,
    ]);
    expect(keys[0]!.lineId).toBe('l1');
  });
});
