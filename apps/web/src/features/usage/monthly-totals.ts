import { type MonthlyTotal, monthlyUsageTotals, type UsageRecord } from '@associa/contracts';

export type { MonthlyTotal };

/** Licensed seats and active users by month over an association's rows (a tenant-wide row stands for its subscriptions). */
export function monthlyTotals(rows: UsageRecord[]): MonthlyTotal[] {
  return monthlyUsageTotals(rows);
}
