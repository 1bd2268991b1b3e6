import { monthlyUsageTotals, type ProgramCode, type UsageFilters, type UsageGrowth } from '@associa/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { UsageReader } from './usage-access';
import { readableUsageWhere } from './usage-access-sql';

/** Which active associations a growth read covers; `organisationId` narrows the vendor's read to one partner. */
export type UsageGrowthFilters = UsageFilters & { organisationId?: string };

/** A usage row's key and month as the access log records it. */
type ReadRow = { tenant_id: string; product_code: string; subscription_id: string | null; month: string };

function activeAssociations(db: Kysely<Database>, reader: UsageReader, filters: UsageGrowthFilters) {
  let q = db.selectFrom('associations as x').where('x.status', '=', 'ACTIVE');
  if (reader.kind === 'PARTNER') q = q.where('x.organisation_id', '=', reader.organisationId);
  if (filters.organisationId) q = q.where('x.organisation_id', '=', filters.organisationId);
  if (filters.program) q = q.where('x.program_code', '=', filters.program);
  if (filters.tenantId) q = q.where('x.tenant_id', '=', filters.tenantId);
  if (filters.productCode) q = q.where('x.product_code', '=', filters.productCode);
  return q;
}

/**
 * The rows each active association gives in its start month and in its latest month with figures
 * (from `from` to `to`), under the access rule of `usage-access-sql.ts` applied per association.
 */
async function growthRows(db: Kysely<Database>, reader: UsageReader, filters: UsageGrowthFilters) {
  const from = filters.from ? `${filters.from}-01` : '0001-01-01';
  let covered = activeAssociations(db, reader, filters)
    // The join only lets the planner use the key index; the rule is the `where` below.
    .innerJoin('usage_records as u', (join) => join.onRef('u.tenant_id', '=', 'x.tenant_id').onRef('u.product_code', '=', 'x.product_code'))
    .where(readableUsageWhere(reader, { associationId: sql.ref<string>('x.id') }));
  if (filters.to) covered = covered.where('u.month', '<=', `${filters.to}-01`);
  const rows = covered.select([
    'x.id as association_id',
    'u.tenant_id',
    'u.product_code',
    'u.subscription_id',
    'u.month',
    'u.active_users',
    sql<string>`date_trunc('month', x.started_at at time zone 'UTC')::date`.as('start_month'),
    sql<string | null>`max(u.month) filter (where u.month >= ${from}::date) over (partition by x.id)`.as('latest_month'),
  ]);
  return db
    .selectFrom(rows.as('c'))
    .selectAll()
    .where(sql<boolean>`c.month = c.start_month or c.month = c.latest_month`)
    .execute();
}

/**
 * The reader's active associations (vendor staff: all) with active users in the start month
 * against the latest month, and the usage rows those figures came from, for the read's access entry.
 */
export async function findUsageGrowth(db: Kysely<Database>, { reader, filters }: { reader: UsageReader; filters: UsageGrowthFilters }): Promise<{ items: UsageGrowth[]; read: ReadRow[] }> {
  const associations = await activeAssociations(db, reader, filters)
    .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
    .leftJoin('customer_tenants as t', 't.tenant_id', 'x.tenant_id')
    .select(['x.id', 'o.id as organisation_id', 'o.name as organisation_name', 'x.program_code', 'x.tenant_id', 't.name as tenant_name', 'x.product_code', 'x.subscription_id', 'x.started_at'])
    .orderBy('o.name')
    .orderBy('t.name')
    .orderBy('x.product_code')
    .orderBy('x.started_at')
    .orderBy('x.id')
    .execute();
  const rows = await growthRows(db, reader, filters);
  const byAssociation = new Map<string, typeof rows>();
  const read = new Map<string, ReadRow>();
  for (const r of rows) {
    byAssociation.set(r.association_id, [...(byAssociation.get(r.association_id) ?? []), r]);
    read.set(`${r.tenant_id}|${r.product_code}|${r.subscription_id ?? ''}|${r.month}`, r);
  }
  const sums = new Map<string, { start: number | null; latest: number | null; latestMonth: string | null }>();
  for (const [associationId, own] of byAssociation) {
    // A tenant-wide row stands for its subscriptions' rows in that month (no user counted twice).
    const totals = monthlyUsageTotals(own.map((r) => ({ tenantId: r.tenant_id, productCode: r.product_code, subscriptionId: r.subscription_id, month: r.month, licensedSeats: 0, activeUsers: r.active_users })));
    const startMonth = own[0]!.start_month;
    const latestMonth = own[0]!.latest_month;
    sums.set(associationId, {
      start: totals.find((t) => t.month === startMonth)?.activeUsers ?? null,
      latest: totals.find((t) => t.month === latestMonth)?.activeUsers ?? null,
      latestMonth,
    });
  }
  const items = associations.map((a): UsageGrowth => {
    const sum = sums.get(a.id);
    const start = sum?.start ?? null;
    const latest = sum?.latest ?? null;
    const change = start !== null && latest !== null ? latest - start : null;
    return {
      associationId: a.id,
      organisation: { id: a.organisation_id, name: a.organisation_name },
      program: a.program_code as ProgramCode,
      tenantId: a.tenant_id,
      tenantName: a.tenant_name,
      productCode: a.product_code,
      subscriptionId: a.subscription_id,
      startedAt: a.started_at.toISOString(),
      startMonth: a.started_at.toISOString().slice(0, 7),
      startActiveUsers: start,
      latestMonth: sum?.latestMonth?.slice(0, 7) ?? null,
      latestActiveUsers: latest,
      change,
      changePercent: change !== null && start ? Math.round((change / start) * 1000) / 10 : null,
    };
  });
  return { items, read: [...read.values()] };
}
