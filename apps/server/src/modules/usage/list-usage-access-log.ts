import type { ListUsageAccessQuery, ListUsageAccessResponse, UsageAccessEntry, UsageAccessKey } from '@associa/contracts';
import { type Kysely, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';

const CursorShape = z.tuple([z.string(), z.uuid()]);

/**
 * The usage access log, newest first: every organisation's entries for vendor staff, one
 * organisation's for its partner admin (`organisationId` of the scope wins over the filter).
 */
export async function listUsageAccessLog({ db, scope, input }: { db: Db; scope: { organisationId: string | null }; input: ListUsageAccessQuery }): Promise<ListUsageAccessResponse> {
  let q = db
    .selectFrom('usage_access_log as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.at', 'l.actor_name', 'l.channel', 'l.kind', 'o.id as organisation_id', 'o.name as organisation_name']);
  const organisationId = scope.organisationId ?? input.organisationId;
  if (organisationId) q = q.where('l.organisation_id', '=', organisationId);
  if (input.tenantId) {
    const tenantId = input.tenantId;
    q = q.where((eb) => eb.exists(eb.selectFrom('usage_access_keys as k').select(sql`1`.as('one')).whereRef('k.access_id', '=', 'l.id').where('k.tenant_id', '=', tenantId)));
  }
  if (input.from) q = q.where('l.at', '>=', new Date(`${input.from}T00:00:00Z`));
  if (input.to) q = q.where(sql<SqlBool>`l.at < ${input.to}::date + 1`);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, CursorShape);
    q = q.where(sql<SqlBool>`(l.at, l.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const keys = await accessKeys(db, page.map((r) => r.id));
  const last = page.at(-1);
  return {
    items: page.map(
      (r): UsageAccessEntry => ({
        id: r.id,
        at: r.at.toISOString(),
        organisation: { id: r.organisation_id, name: r.organisation_name },
        actorName: r.actor_name,
        channel: r.channel,
        kind: r.kind,
        keys: keys.get(r.id) ?? [],
      }),
    ),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
  };
}

/** The keys and months of some entries (of one tenant only, when given), by entry. */
export async function accessKeys(db: Kysely<Database>, accessIds: string[], tenantId?: string): Promise<Map<string, UsageAccessKey[]>> {
  const byEntry = new Map<string, UsageAccessKey[]>();
  if (!accessIds.length) return byEntry;
  let q = db
    .selectFrom('usage_access_keys')
    .select(['access_id', 'tenant_id', 'product_code', 'subscription_id', sql<string[]>`array(select to_char(m, 'YYYY-MM') from unnest(months) m order by m)`.as('months')])
    .where('access_id', 'in', accessIds);
  if (tenantId) q = q.where('tenant_id', '=', tenantId);
  for (const k of await q.orderBy('tenant_id').orderBy('product_code').orderBy('subscription_id').execute()) {
    const list = byEntry.get(k.access_id) ?? [];
    list.push({ tenantId: k.tenant_id, productCode: k.product_code, subscriptionId: k.subscription_id, months: k.months });
    byEntry.set(k.access_id, list);
  }
  return byEntry;
}
