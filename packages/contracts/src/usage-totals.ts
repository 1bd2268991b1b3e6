/**
 * How usage rows add up. A row without a subscription is the tenant's whole figure for that product
 * in that month; rows with a subscription are parts of it. So a month's total for one tenant and
 * product is its tenant-wide row when there is one, else the sum of its subscription rows; never
 * both (that would count the same users twice).
 */

/** The figures of one usage row that totals are made of. */
export type UsageFigures = { tenantId: string; productCode: string; subscriptionId: string | null; month: string; licensedSeats: number; activeUsers: number };

/** One month's licensed seats and active users. */
export type MonthlyTotal = { month: string; licensedSeats: number; activeUsers: number };

/** Totals by month (oldest first) over rows of any tenants and products, without double counting. */
export function monthlyUsageTotals(rows: readonly UsageFigures[]): MonthlyTotal[] {
  const wide = new Set<string>();
  for (const r of rows) if (r.subscriptionId === null) wide.add(`${r.tenantId}|${r.productCode}|${r.month}`);
  const months = new Map<string, MonthlyTotal>();
  for (const r of rows) {
    if (r.subscriptionId !== null && wide.has(`${r.tenantId}|${r.productCode}|${r.month}`)) continue;
    const total = months.get(r.month) ?? { month: r.month, licensedSeats: 0, activeUsers: 0 };
    total.licensedSeats += r.licensedSeats;
    total.activeUsers += r.activeUsers;
    months.set(r.month, total);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
