import type { ProgramCode, UsageAccessKind, UsageDashboard, UsageDashboardQuery } from '@associa/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import type { UsageReader } from './usage-access';
import { readableUsage } from './usage-access-sql';
import { recordUsageRead } from './usage-access-log';
import { findUsageGrowth } from './usage-growth-query';

// Every month (YYYY-MM) from `from` to `to`, inclusive.
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i += 1) {
    const month = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7);
    if (month > to) return months;
    months.push(month);
  }
}

/**
 * The vendor's program dashboard for a period: active associations by program and partner, the
 * active users under association per month, and each association's growth since its start. Like
 * any usage read by vendor staff it is logged, once: the growth figures name tenants, so the entry
 * holds the keys and months they came from; the monthly totals are sums over all tenants (or one
 * partner's) and name none.
 */
export async function getUsageDashboard({ db, clock, actor, input, kind = 'LIST' }: { db: Db; clock: Clock; actor: Actor; input: Omit<UsageDashboardQuery, 'format'>; kind?: UsageAccessKind }): Promise<UsageDashboard> {
  const { from, to, program, organisationId } = input;
  return db.transaction().execute(async (trx) => {
    let counts = trx
      .selectFrom('associations as x')
      .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
      .select(['x.program_code', 'o.id', 'o.name', (eb) => eb.fn.countAll<number>().as('active')])
      .where('x.status', '=', 'ACTIVE')
      .groupBy(['x.program_code', 'o.id', 'o.name'])
      .orderBy('x.program_code')
      .orderBy('o.name');
    if (program) counts = counts.where('x.program_code', '=', program);
    if (organisationId) counts = counts.where('x.organisation_id', '=', organisationId);
    // One partner's usage under association is exactly what that partner may read.
    const reader: UsageReader = organisationId ? { kind: 'PARTNER', organisationId } : { kind: 'VENDOR' };
    // Per tenant, product and month first: a tenant-wide row stands for its subscriptions' rows.
    const perKey = readableUsage(trx, reader, { program, covered: true })
      .select(['u.month', sql<number>`coalesce(max(u.active_users) filter (where u.subscription_id is null), sum(u.active_users))`.as('active_users')])
      .where('u.month', '>=', `${from}-01`)
      .where('u.month', '<=', `${to}-01`)
      .groupBy(['u.tenant_id', 'u.product_code', 'u.month']);
    const totals = await trx
      .selectFrom(perKey.as('k'))
      .select(['k.month', sql<number>`sum(k.active_users)::int`.as('active_users')])
      .groupBy('k.month')
      .execute();
    const byMonth = new Map(totals.map((t) => [t.month.slice(0, 7), t.active_users]));
    const growth = await findUsageGrowth(trx, { reader: { kind: 'VENDOR' }, filters: { from, to, program, organisationId } });
    await recordUsageRead(trx, { actor, kind, at: clock.now(), rows: growth.read });
    return {
      associations: (await counts.execute()).map((c) => ({ program: c.program_code as ProgramCode, organisation: { id: c.id, name: c.name }, active: Number(c.active) })),
      activeUsersByMonth: monthsBetween(from, to).map((month) => ({ month, activeUsers: byMonth.get(month) ?? 0 })),
      growth: growth.items,
    };
  });
}
