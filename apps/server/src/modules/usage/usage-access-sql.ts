import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { UsageReader } from './usage-access';

/**
 * Narrows a read to the usage one program's, or one association's, access gives (`associationId`
 * may be a column of an outer query: per association at once), to what some active association
 * gives (`covered`: the vendor's dashboard), or to what one logged read named.
 */
export type UsageScope = { program?: string; associationId?: string | Expression<string>; covered?: boolean; accessId?: string };

type UsageEb = ExpressionBuilder<Database & { u: Database['usage_records'] }, 'u'>;

/**
 * The access rule of `usage-access.ts` as SQL over `usage_records as u`: an own ACTIVE association
 * covering the row's key (workload: tenant and product; subscription: tenant, product and
 * subscription) whose start month is not after the row's month. Vendor staff pass without one,
 * unless a program or association narrows the read; one association's months then run, for the
 * vendor, from its start month to the month it ended.
 */
export function readableUsageWhere(reader: UsageReader, scope: UsageScope = {}) {
  return (eb: UsageEb) => {
    if (reader.kind === 'VENDOR' && !scope.program && !scope.associationId && !scope.covered) return sql<SqlBool>`true`;
    let a = eb
      .selectFrom('associations as a')
      .select(sql`1`.as('one'))
      .whereRef('a.tenant_id', '=', 'u.tenant_id')
      .whereRef('a.product_code', '=', 'u.product_code')
      .where(sql<SqlBool>`(a.exclusivity_unit = 'WORKLOAD' or a.subscription_id = u.subscription_id)`)
      .where(sql<SqlBool>`u.month >= date_trunc('month', a.started_at at time zone 'UTC')::date`);
    if (reader.kind === 'PARTNER') a = a.where('a.organisation_id', '=', reader.organisationId).where('a.status', '=', 'ACTIVE');
    else if (scope.associationId) a = a.where(sql<SqlBool>`(a.ended_at is null or u.month <= date_trunc('month', a.ended_at at time zone 'UTC')::date)`);
    else a = a.where('a.status', '=', 'ACTIVE');
    if (scope.program) a = a.where('a.program_code', '=', scope.program);
    if (scope.associationId) a = a.where('a.id', '=', scope.associationId);
    return eb.exists(a);
  };
}

/** The usage rows a reader may see, before filters and paging (within the keys and months of one access entry when `accessId` is given). */
export function readableUsage(db: Kysely<Database>, reader: UsageReader, scope: UsageScope = {}) {
  const q = db.selectFrom('usage_records as u').where(readableUsageWhere(reader, scope));
  const { accessId } = scope;
  if (!accessId) return q;
  return q.where((eb) =>
    eb.exists(
      eb
        .selectFrom('usage_access_keys as k')
        .select(sql`1`.as('one'))
        .where('k.access_id', '=', accessId)
        .whereRef('k.tenant_id', '=', 'u.tenant_id')
        .whereRef('k.product_code', '=', 'u.product_code')
        .where(sql<SqlBool>`k.subscription_id is not distinct from u.subscription_id and u.month = any(k.months)`),
    ),
  );
}

/**
 * The distinct (tenant, product) keys of a partner's ACTIVE associations, narrowed like the read
 * (program, association, tenant, product, from a cursor's key on), in key order: a superset of
 * the keys `readableUsageWhere` lets it read, so a page can walk the partner's associations and
 * probe usage_records per key instead of walking all tenants' usage for the few it holds.
 * Null for vendor staff (they read the usage table itself).
 */
export function partnerUsageKeys(
  db: Kysely<Database>,
  reader: UsageReader,
  { program, associationId, tenantId, productCode, after }: { program?: string; associationId?: string; tenantId?: string; productCode?: string; after?: [tenant: string, product: string] },
) {
  if (reader.kind !== 'PARTNER') return null;
  let q = db
    .selectFrom('associations as a')
    .select(['a.tenant_id', 'a.product_code'])
    .distinct()
    .where('a.organisation_id', '=', reader.organisationId)
    .where('a.status', '=', 'ACTIVE');
  if (program) q = q.where('a.program_code', '=', program);
  if (associationId) q = q.where('a.id', '=', associationId);
  if (tenantId) q = q.where('a.tenant_id', '=', tenantId);
  if (productCode) q = q.where('a.product_code', '=', productCode);
  if (after) q = q.where(sql<SqlBool>`(a.tenant_id, a.product_code) >= (${after[0]}::uuid, ${after[1]})`);
  return q;
}
