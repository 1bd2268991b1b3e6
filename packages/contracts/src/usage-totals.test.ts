import { describe, expect, it } from 'vitest';
import { monthlyUsageTotals } from './usage-totals';

const row = (tenantId: string, subscriptionId: string | null, month: string, activeUsers: number, licensedSeats = activeUsers + 10) => ({ tenantId, productCode: 'INTUNE', subscriptionId, month, activeUsers, licensedSeats });

describe('monthlyUsageTotals', () => {
  it('adds subscription rows when the month has no tenant-wide row', () => {
    expect(monthlyUsageTotals([row('t1', 's1', '2026-05', 10), row('t1', 's2', '2026-05', 5)])).toEqual([{ month: '2026-05', activeUsers: 15, licensedSeats: 35 }]);
  });

  it('takes the tenant-wide row instead of its subscriptions, so no user is counted twice', () => {
    const rows = [row('t1', null, '2026-05', 15), row('t1', 's1', '2026-05', 10), row('t1', 's2', '2026-05', 5)];
    expect(monthlyUsageTotals(rows)).toEqual([{ month: '2026-05', activeUsers: 15, licensedSeats: 25 }]);
  });

  it('decides per tenant, product and month, and orders months oldest first', () => {
    const rows = [row('t1', 's1', '2026-06', 4), row('t1', null, '2026-05', 15), row('t1', 's1', '2026-05', 10), row('t2', 's9', '2026-05', 7), { ...row('t1', 's1', '2026-05', 3), productCode: 'TEAMS' }];
    expect(monthlyUsageTotals(rows)).toEqual([
      { month: '2026-05', activeUsers: 15 + 7 + 3, licensedSeats: 25 + 17 + 13 },
      { month: '2026-06', activeUsers: 4, licensedSeats: 14 },
    ]);
  });
});
