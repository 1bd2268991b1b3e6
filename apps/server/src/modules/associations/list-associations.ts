import type { Association, AssociationEndReason, ExclusivityUnit, ListAssociationsQuery, ListAssociationsResponse, ProgramCode } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { CUSTOM_PLAN } from '../../db/prepared-statements';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { isPartnerStaff, isVendorStaff } from '../users/policies';

const CursorShape = z.tuple([z.string(), z.uuid()]);
const SORT_KEYS = { started: 'a.started_at', ended: "coalesce(a.ended_at, 'infinity'::timestamptz)" } as const;

/** The associations the caller may see (partners: their own; vendor staff: all), filtered, a page at a time. */
export async function listAssociations({ db, actor, query }: { db: Db; actor: Actor; query: ListAssociationsQuery }): Promise<ListAssociationsResponse> {
  const field = query.sort.replace('-', '') as keyof typeof SORT_KEYS;
  const desc = query.sort.startsWith('-');
  const key = sql.raw(SORT_KEYS[field]);
  let q = associationsQuery(db, actor).select(sql<string>`${key}::text`.as('sort_key'));
  if (query.status) q = q.where('a.status', '=', query.status);
  if (query.program) q = q.where('a.program_code', '=', query.program);
  if (query.locationId) q = q.where('a.location_id', '=', query.locationId);
  if (query.tenantId) q = q.where('a.tenant_id', '=', query.tenantId);
  if (query.claimId) q = q.where('a.claim_id', '=', query.claimId);
  if (query.q) {
    const like = likeContains(query.q.toLowerCase());
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(coalesce(c.customer_name, t.name))`, 'like', like),
        eb(sql`lower(coalesce(c.customer_domain, ''))`, 'like', like),
        eb(sql`a.tenant_id::text`, 'like', like),
        eb(sql`lower(a.product_code)`, 'like', like),
        eb(sql`coalesce(a.subscription_id::text, '')`, 'like', like),
      ]),
    );
  }
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, CursorShape);
    q = q.where(desc ? sql<SqlBool>`(${key}, a.id) < (${value}::timestamptz, ${id}::uuid)` : sql<SqlBool>`(${key}, a.id) > (${value}::timestamptz, ${id}::uuid)`);
  }
  const dir = desc ? sql`desc` : sql`asc`;
  const ordered = q.orderBy(sql`${key} ${dir}`).orderBy(sql`a.id ${dir}`).limit(pageLimit(query.limit + 1));
  const rows = await (query.q ? ordered.modifyEnd(CUSTOM_PLAN) : ordered).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAssociation),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}

/** Every page of the same filtered list, for a streamed CSV export. */
export async function* exportAssociations({ db, actor, query }: { db: Db; actor: Actor; query: Omit<ListAssociationsQuery, 'cursor' | 'limit'> }): AsyncGenerator<Association> {
  let cursor: string | undefined;
  do {
    const page = await listAssociations({ db, actor, query: { ...query, cursor, limit: 1000 } });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** One association the caller may see, or undefined. */
export async function getAssociation({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<Association | undefined> {
  const row = await associationsQuery(db, actor).where('a.id', '=', id).executeTakeFirst();
  return row && presentAssociation(row);
}

/** The associations the caller may see, with what a row shows. */
function associationsQuery(db: Db, actor: Actor) {
  let q = db
    .selectFrom('associations as a')
    .innerJoin('claims as c', 'c.id', 'a.claim_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .innerJoin('partner_locations as pl', 'pl.id', 'a.location_id')
    .innerJoin('customer_tenants as t', 't.tenant_id', 'a.tenant_id')
    .leftJoin('products as p', 'p.code', 'a.product_code')
    .leftJoin('subscriptions as s', 's.id', 'a.subscription_id')
    .selectAll('a')
    .select(['c.name as claim_name', 'c.customer_domain', 'c.customer_name', 't.name as tenant_name', 'o.name as partner_name', 'pl.mpn_id', 'pl.name as location_name', 'p.name as product_name', 's.end_date']);
  if (isPartnerStaff(actor)) q = q.where('a.organisation_id', '=', actor.organisationId);
  else if (!isVendorStaff(actor)) q = q.where(sql<SqlBool>`false`);
  return q;
}

type AssociationRow = Awaited<ReturnType<ReturnType<typeof associationsQuery>['executeTakeFirstOrThrow']>>;

function presentAssociation(r: AssociationRow): Association {
  return {
    id: r.id,
    status: r.status,
    claimId: r.claim_id,
    claimName: r.claim_name,
    program: r.program_code as ProgramCode,
    exclusivityUnit: r.exclusivity_unit as ExclusivityUnit,
    location: { id: r.location_id, mpnId: r.mpn_id, name: r.location_name },
    partnerName: r.partner_name,
    customer: { tenantId: r.tenant_id, name: r.customer_name ?? r.tenant_name, domain: r.customer_domain },
    productCode: r.product_code,
    productName: r.product_name,
    subscriptionId: r.subscription_id,
    subscriptionEndDate: r.end_date,
    startedAt: r.started_at.toISOString(),
    endedAt: r.ended_at?.toISOString() ?? null,
    endReason: r.end_reason as AssociationEndReason | null,
    endMessage: r.end_message,
  };
}
