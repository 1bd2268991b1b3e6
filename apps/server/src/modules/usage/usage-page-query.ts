import type { UsageFilters, UsagePage, UsageRecord } from '@associa/contracts';
import { type Kysely, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import type { UsageReader } from './usage-access';
import { readableUsage, type UsageScope } from './usage-access-sql';
import type { ReadRowsQuery } from './usage-access-log';

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

/** One page of readable usage rows after `cursor`, in key and month order, with the rows as the access log records them. */
export async function readUsagePage(
  db: Kysely<Database>,
  { reader, scope = {}, filters, cursor, limit }: { reader: UsageReader; scope?: UsageScope; filters: UsageFilters; cursor?: string; limit: number },
) {
  let q = filteredUsage(db, reader, scope, filters)
    .leftJoin('customer_tenants as t', 't.tenant_id', 'u.tenant_id')
    .select(['u.tenant_id', 'u.product_code', 'u.subscription_id', 'u.month', 'u.licensed_seats', 'u.active_users', 't.name as tenant_name']);
  if (cursor) {
    const [tenant, product, subscription, month] = decodeCursor(cursor, CursorShape);
    q = q.where(sql<SqlBool>`${ORDER_KEY} > (${tenant}::uuid, ${product}, ${subscription}::uuid, ${month}::date)`);
  }
  const rows = await q.orderBy(sql`u.tenant_id, u.product_code, coalesce(u.subscription_id, ${NIL_UUID}::uuid), u.month`).limit(limit + 1).execute();
  const read = rows.slice(0, limit);
  const last = read.at(-1);
  const page: UsagePage = {
    items: read.map(presentUsageRow),
    nextCursor: rows.length > limit && last ? encodeCursor([last.tenant_id, last.product_code, last.subscription_id ?? NIL_UUID, last.month]) : null,
  };
  return { page, read };
}

/** A usage row as the API shows it. */
export function presentUsageRow(r: { tenant_id: string; product_code: string; subscription_id: string | null; month: string; licensed_seats: number; active_users: number; tenant_name: string | null }): UsageRecord {
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
