import { describe, expect, it } from 'vitest';
import { changedLineSubscriptions } from './save-claim-lines';

const S = '00000000-0000-4000-8000-000000000001';
const stored = [
  { id: 'a', productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null },
  { id: 'b', productCode: 'DYNAMICS_365_SALES', subscriptionId: S, chosen: 'PARTNER' as const },
];

describe('the lines a submit rewrites', () => {
  it('are none when every resolved subscription is already stored (case and spaces aside)', () => {
    expect(changedLineSubscriptions(stored, [{ productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null }, { productCode: 'DYNAMICS_365_SALES', subscriptionId: ` ${S.toUpperCase()}`, chosen: 'PARTNER' }])).toEqual([]);
  });

  it('are the lines whose subscription or chooser changed, with the new values', () => {
    expect(changedLineSubscriptions(stored, [{ productCode: 'POWER_BI_PRO', subscriptionId: S, chosen: 'AUTOMATIC' }, { productCode: 'DYNAMICS_365_SALES', subscriptionId: null, chosen: null }])).toEqual([
      { id: 'a', productCode: 'POWER_BI_PRO', subscriptionId: S, chosen: 'AUTOMATIC' },
      { id: 'b', productCode: 'DYNAMICS_365_SALES', subscriptionId: null, chosen: null },
    ]);
  });

  it('cannot be told apart when the lines themselves differ: the caller rewrites them all', () => {
    expect(changedLineSubscriptions(stored, [{ productCode: 'POWER_BI_PRO' }])).toBeNull();
    expect(changedLineSubscriptions(stored, [{ productCode: 'DYNAMICS_365_SALES' }, { productCode: 'POWER_BI_PRO' }])).toBeNull();
  });
});
