import type { UsageAccessKind } from '@associa/contracts';
import { type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../users/actor';
import { pageLimit } from '../../lib/cursor';

/** The key of a usage row as the log groups it; `month` is the first day of the month. */
type ReadRow = { tenant_id: string; product_code: string; subscription_id: string | null; month: string };

/** How the log names the reader: the user, or the API token and its owner. */
const actorName = (actor: Actor) => (actor.tokenName ? `${actor.tokenName} (API token of ${actor.name})` : actor.name);

async function insertEntry(trx: Kysely<Database>, { actor, kind, at }: { actor: Actor; kind: UsageAccessKind; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('usage_access_log')
    .values({ organisation_id: actor.organisationId, user_id: actor.userId, actor_name: actorName(actor), channel: actor.via === 'token' ? 'API' : 'WEB', kind, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Writes the one access entry of a read whose rows are in hand (a page), in the read's own
 * transaction, so an answer that cannot be logged is never sent. An empty answer read nothing and
 * leaves no entry.
 */
export async function recordUsageRead(trx: Kysely<Database>, { actor, kind, at, rows }: { actor: Actor; kind: UsageAccessKind; at: Date; rows: ReadRow[] }): Promise<string | null> {
  if (!rows.length) return null;
  const keys = new Map<string, { tenant_id: string; product_code: string; subscription_id: string | null; months: string[] }>();
  for (const r of rows) {
    const id = `${r.tenant_id}|${r.product_code}|${r.subscription_id ?? ''}`;
    const key = keys.get(id) ?? { tenant_id: r.tenant_id, product_code: r.product_code, subscription_id: r.subscription_id, months: [] };
    key.months.push(r.month);
    keys.set(id, key);
  }
  const accessId = await insertEntry(trx, { actor, kind, at });
  await trx
    .insertInto('usage_access_keys')
    .values([...keys.values()].map((k) => ({ access_id: accessId, ...k, months: sql<string[]>`${k.months}::date[]` })))
    .execute();
  return accessId;
}

/** Who a read is logged for, how and when. */
export type ReadLog = { actor: Actor; kind: UsageAccessKind; at: Date };

/**
 * `page` (a usage page query returning `limit` + 1 rows in key order, to tell whether more follow)
 * as ONE statement that also writes the read's access entry for the first `limit` of those rows:
 * the answer and its entry commit together or fail together (durably: the commit is the
 * statement's own, with the cluster's synchronous_commit), in one round trip. No rows, no entry.
 * `order` sorts the page's columns unqualified; `found`, when given, is answered in every row (and
 * in one row of nulls when the page is empty): whether what the read names exists for the reader.
 */
export function withAccessEntry<Row>(
  page: Expression<Row>,
  { actor, kind, at }: ReadLog,
  { limit, order, found }: { limit: number; order: RawBuilder<unknown>; found?: Expression<unknown> },
): RawBuilder<Row & { found: boolean }> {
  const result = found
    ? sql`select exists(${found}) as found, f.* from (values (1)) as one (x) left join fetched as f on true order by ${order}`
    : sql`select true as found, f.* from fetched as f order by ${order}`;
  return sql<Row & { found: boolean }>`
    with fetched as (${page}),
    logged as (select * from fetched order by ${order} limit ${pageLimit(limit)}),
    entry as (
      insert into usage_access_log (organisation_id, user_id, actor_name, channel, kind, at)
      select ${actor.organisationId}::uuid, ${actor.userId}::uuid, ${actorName(actor)}, ${actor.via === 'token' ? 'API' : 'WEB'}, ${kind}, ${at}::timestamptz
      where exists (select 1 from logged)
      returning id
    ),
    entry_keys as (
      insert into usage_access_keys (access_id, tenant_id, product_code, subscription_id, months)
      select e.id, l.tenant_id, l.product_code, l.subscription_id, array_agg(l.month order by l.month)
      from logged as l cross join entry as e
      group by e.id, l.tenant_id, l.product_code, l.subscription_id
    )
    ${result}`;
}

/** The rows of one read, as `usage_records as u` filtered by the access rule and the read's filters. */
export type ReadRowsQuery = SelectQueryBuilder<Database & { u: Database['usage_records'] }, 'u', object>;

/**
 * Writes the one access entry of an export before any of it is sent: every key and month of the
 * filtered, readable rows, summed up by the database. Answers null, and leaves nothing, when there
 * is nothing to export.
 */
export async function recordUsageExport(trx: Kysely<Database>, { actor, at, rows }: { actor: Actor; at: Date; rows: ReadRowsQuery }): Promise<string | null> {
  const accessId = await insertEntry(trx, { actor, kind: 'EXPORT', at });
  const keys = rows
    .select([sql<string>`${accessId}::uuid`.as('access_id'), 'u.tenant_id', 'u.product_code', 'u.subscription_id', sql<string[]>`array_agg(u.month order by u.month)`.as('months')])
    .groupBy(['u.tenant_id', 'u.product_code', 'u.subscription_id']);
  const inserted = await trx.insertInto('usage_access_keys').columns(['access_id', 'tenant_id', 'product_code', 'subscription_id', 'months']).expression(keys).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return accessId;
  await trx.deleteFrom('usage_access_log').where('id', '=', accessId).execute();
  return null;
}
