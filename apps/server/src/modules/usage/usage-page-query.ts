import type { UsageFilters, UsagePage, UsageRecord } from '@associa/contracts';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import type { UsageReader } from './usage-access';
import { type ReadLog, type ReadRowsQuery, withAccessEntry } from './usage-access-log';
import { partnerUsageKeys, readableUsage, type UsageScope } from './usage-access-sql';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const CursorShape = z.tuple([z.uuid(), z.string(), z.uuid(), z.iso.date()]);
// The order of the unique index usage_records_key, so a page is one index range.
const ORDER_KEY = sql`(u.tenant_id, u.product_code, coalesce(u.subscription_id, ${NIL_UUID}::uuid), u.month)`;

/** The rows a reader may see under a scope, narrowed by the read's filters (no order, no page). */
export function filteredUsage(db: Kysely<Database>, reader: UsageReader, scope: UsageScope, filters: UsageFilters): ReadRowsQuery {
  let q = readableUsage(db, reader, { ...scope, program: filters.program ?? scope.program });
  if (filters.tenantId) q = q.where('u.tenant_id', '=', filters.tenantId);
  if (filters.productCode) q = q.where('u.product_code', '=', filters.productCode);
  if (filters.from) q = q.where('u.month', '>=', `${filters.from}-01`);
  if (filters.to) q = q.where('u.month', '<=', `${filters.to}-01`);
  return q;
}

type UsageRow = { tenant_id: string; product_code: string; subscription_id: string | null; month: string; licensed_seats: number; active_users: number; tenant_name: string | null };
type PageArgs = { reader: UsageReader; scope?: UsageScope; filters: UsageFilters; cursor?: string; limit: number };

const ROW_COLUMNS = ['u.tenant_id', 'u.product_code', 'u.subscription_id', 'u.month', 'u.licensed_seats', 'u.active_users'] as const;
// The tenant's name as a subquery, not a join: evaluated for the page's rows only, and one relation
// fewer for the planner to order (planning is a good part of a page's cost).
const TENANT_NAME = sql<string | null>`(select t.name from customer_tenants as t where t.tenant_id = u.tenant_id)`.as('tenant_name');

/**
 * The page's query: `limit` + 1 readable rows after the cursor key, in key order. Vendor staff walk
 * usage_records_key itself. A partner's page walks the distinct keys of its active associations
 * (from the cursor's key on) and, per key, the usage rows under the access rule (a subquery kept
 * apart by `offset 0`, so each is one index range on that key), ordered by the key and then
 * incrementally: its cost follows the page, not how much usage other partners' tenants have.
 */
function pageQuery(db: Kysely<Database>, { reader, scope = {}, filters, cursor, limit }: PageArgs): Expression<UsageRow> {
  const after = cursor ? decodeCursor(cursor, CursorShape) : undefined;
  let rows = filteredUsage(db, reader, scope, filters).select(ROW_COLUMNS);
  if (after) rows = rows.where(sql<SqlBool>`${ORDER_KEY} > (${after[0]}::uuid, ${after[1]}, ${after[2]}::uuid, ${after[3]}::date)`);
  const keys = partnerUsageKeys(db, reader, {
    program: filters.program ?? scope.program,
    associationId: typeof scope.associationId === 'string' ? scope.associationId : undefined,
    tenantId: filters.tenantId,
    productCode: filters.productCode,
    after: after && [after[0], after[1]],
  });
  if (!keys) return rows.select(TENANT_NAME).orderBy(sql`u.tenant_id, u.product_code, coalesce(u.subscription_id, ${NIL_UUID}::uuid), u.month`).limit(pageLimit(limit + 1));
  const perKey = rows.where(sql<SqlBool>`u.tenant_id = k.tenant_id and u.product_code = k.product_code`).offset(0);
  return db
    .selectFrom(keys.as('k'))
    .innerJoinLateral(perKey.as('u'), (join) => join.onTrue())
    .select([...ROW_COLUMNS, TENANT_NAME])
    .orderBy(sql`k.tenant_id, k.product_code, coalesce(u.subscription_id, ${NIL_UUID}::uuid), u.month`)
    .limit(pageLimit(limit + 1));
}

/**
 * One page of readable usage rows after `cursor`, in key and month order, with the rows as the
 * access log records them. With `log`, the read and its access entry are one statement (see
 * `withAccessEntry`); `found` (e.g. "the association is the reader's") is answered by it too.
 */
export async function readUsagePage(db: Kysely<Database>, args: PageArgs & { log?: ReadLog; found?: Expression<unknown> }) {
  const { limit, log, found } = args;
  const page = pageQuery(db, args);
  let rows: UsageRow[];
  let exists = true;
  if (log || found) {
    const order = sql`tenant_id, product_code, coalesce(subscription_id, ${NIL_UUID}::uuid), month`;
    const statement = log
      ? withAccessEntry(page, log, { limit, order, found })
      : sql<UsageRow & { found: boolean }>`select exists(${found}) as found, f.* from (values (1)) as one (x) left join (${page}) as f on true order by ${order}`;
    const result = (await statement.execute(db)).rows;
    exists = result[0]?.found ?? true;
    rows = result.filter((r) => r.tenant_id !== null);
  } else rows = (await sql<UsageRow>`${page}`.execute(db)).rows;
  const read = rows.slice(0, limit);
  const last = read.at(-1);
  const items = read.map(presentUsageRow);
  const nextCursor = rows.length > limit && last ? encodeCursor([last.tenant_id, last.product_code, last.subscription_id ?? NIL_UUID, last.month]) : null;
  return { page: { items, nextCursor } satisfies UsagePage, read, found: exists };
}

/** A usage row as the API shows it. */
export function presentUsageRow(r: UsageRow): UsageRecord {
  return {
    tenantId: r.tenant_id,
    tenantName: r.tenant_name,
    productCode: r.product_code,
    subscriptionId: r.subscription_id,
    month: r.month.slice(0, 7),
    licensedSeats: r.licensed_seats,
    activeUsers: r.active_users,
  };
}
