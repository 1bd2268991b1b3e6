import type { ListTenantsQuery, ListTenantsResponse } from '@associa/contracts';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { CUSTOM_PLAN } from '../../db/prepared-statements';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from '../../lib/cursor';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CursorShape = z.tuple([z.string(), z.guid()]);

/** Searches the customer directory by name, domain or tenant ID, ordered by name, a page at a time. */
export async function listTenants({ db, query }: { db: Db; query: ListTenantsQuery }): Promise<ListTenantsResponse> {
  let q = db
    .selectFrom('customer_tenants as t')
    .select([
      't.tenant_id',
      't.name',
      't.country',
      't.time_zone',
      sql<string>`lower(t.name)`.as('sort_name'),
      sql<string[]>`array(select d.domain from tenant_domains d where d.tenant_id = t.tenant_id order by d.is_initial desc, d.domain)`.as('domains'),
    ]);
  const term = query.q?.trim();
  if (term) {
    if (GUID.test(term)) {
      q = q.where('t.tenant_id', '=', term.toLowerCase());
    } else {
      const pattern = likeContains(term.toLowerCase());
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(t.name)`, 'like', pattern),
          eb.exists(
            eb.selectFrom('tenant_domains as d').select(sql`1`.as('one')).whereRef('d.tenant_id', '=', 't.tenant_id').where('d.domain', 'like', pattern),
          ),
        ]),
      );
    }
  }
  if (query.country) q = q.where('t.country', '=', query.country);
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, CursorShape);
    q = q.where(sql<boolean>`(lower(t.name), t.tenant_id) > (${name}, ${id}::uuid)`);
  }
  const ordered = q.orderBy(sql`lower(t.name)`).orderBy('t.tenant_id').limit(pageLimit(query.limit + 1));
  const rows = await (term ? ordered.modifyEnd(CUSTOM_PLAN) : ordered).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ tenantId: r.tenant_id, name: r.name, country: r.country, timeZone: r.time_zone, domains: r.domains })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_name, last.tenant_id]) : null,
  };
}
