import type { UsageRecord } from '@associa/contracts';

/** One month of an association: its rows' licensed seats and active users added up. */
export type MonthlyTotal = { month: string; licensedSeats: number; activeUsers: number };

/** Licensed seats and active users by month, summed over the association's rows (per subscription or tenant-wide). */
export function monthlyTotals(rows: UsageRecord[]): MonthlyTotal[] {
  const months = new Map<string, MonthlyTotal>();
  for (const row of rows) {
    const total = months.get(row.month) ?? { month: row.month, licensedSeats: 0, activeUsers: 0 };
    total.licensedSeats += row.licensedSeats;
    total.activeUsers += row.activeUsers;
    months.set(row.month, total);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

