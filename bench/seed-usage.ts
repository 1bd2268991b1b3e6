// Bench data for usage reads (issue 14): one partner holding ten workloads on each of `tenants`
// bench tenants (one ACTIVE claim per tenant, ten lines, ten OSU_M365 associations) and twelve
// months of usage for each, all in set-based SQL: 100k tenants make 12M usage rows.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';
import { withIndexesDeferred } from './seed-bulk';

export const USAGE_PRODUCTS = ['MICROSOFT_TEAMS', 'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'ONEDRIVE', 'INTUNE', 'ENTRA_ID_P1', 'MICROSOFT_DEFENDER', 'MICROSOFT_PURVIEW', 'WINDOWS_365', 'MICROSOFT_365_APPS'];
const MONTHS = 12;

/** What the usage rows read: a few associations (to rotate over) and the counts seeded. */
export type UsageSeed = { tenants: number; associations: number; records: number; associationIds: string[] };

/**
 * Seeds the usage partner's claims, associations and usage (tenants 1..`tenants` of the bench
 * tenants). Associations start in one of the first four of the twelve months, so the access rule
 * hides up to three months of a quarter of the keys.
 */
export async function seedUsage(db: Db, { organisationEmail, tenants }: { organisationEmail: string; tenants: number }): Promise<UsageSeed> {
  const actor = await sql<{ user_id: string; organisation_id: string; location_id: string }>`
    select u.id as user_id, u.organisation_id, (select l.id from partner_locations l where l.organisation_id = u.organisation_id order by l.mpn_id limit 1) as location_id
    from users u where u.email = ${organisationEmail}`.execute(db);
  const { user_id: userId, organisation_id: orgId, location_id: locationId } = actor.rows[0]!;
  await withIndexesDeferred(db, ['claim_lines', 'associations', 'usage_records'], async (conn) => {
    await sql`
      create temp table bench_usage_claims on commit preserve rows as
      select gen_random_uuid() as id, t, ('b0000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid as tenant_id,
             date_trunc('month', now() at time zone 'UTC') - make_interval(months => ${MONTHS - 1}::int) as month0
      from generate_series(1, ${tenants}::int) t`.execute(conn);
    await sql`
      insert into claims (id, organisation_id, location_id, status, name, customer_domain, customer_tenant_id, tenant_id, customer_name,
                          solution_area, activities, programs, customer_contact, partner_contact, created_by, created_at, updated_at, submitted_at, products)
      select c.id, ${orgId}, ${locationId}, 'ACTIVE', 'Usage claim ' || c.t, 't' || c.t || '.bench.example', c.tenant_id::text, c.tenant_id, ct.name,
             'MICROSOFT_365', '{USAGE}', '{OSU_M365}', '{"name":"C","title":"IT","email":"c@example.com"}', '{"name":"P","email":"p@example.com"}',
             ${userId}, (c.month0 - interval '20 days') at time zone 'UTC', c.month0 at time zone 'UTC', (c.month0 - interval '20 days') at time zone 'UTC',
             ${USAGE_PRODUCTS}::text[]
      from bench_usage_claims c join customer_tenants ct on ct.tenant_id = c.tenant_id`.execute(conn);
    await sql`
      create temp table bench_usage_lines on commit preserve rows as
      select gen_random_uuid() as line_id, c.id as claim_id, c.t, c.tenant_id, c.month0, p.position - 1 as position, p.code
      from bench_usage_claims c cross join unnest(${USAGE_PRODUCTS}::text[]) with ordinality as p(code, position)`.execute(conn);
    await sql`insert into claim_lines (id, claim_id, position, product_code) select line_id, claim_id, position, code from bench_usage_lines`.execute(conn);
    await sql`
      insert into associations (claim_id, claim_line_id, organisation_id, location_id, program_code, exclusivity_unit, tenant_id, product_code, exclusivity_key, status, started_at)
      select l.claim_id, l.line_id, ${orgId}, ${locationId}, 'OSU_M365', 'WORKLOAD', l.tenant_id, l.code,
             'OSU_M365/tenant:' || lower(l.tenant_id::text) || '/' || l.code, 'ACTIVE', (l.month0 + make_interval(months => l.t % 4, days => 3)) at time zone 'UTC'
      from bench_usage_lines l`.execute(conn);
    await sql`
      insert into usage_records (tenant_id, product_code, month, licensed_seats, active_users)
      select l.tenant_id, l.code, (l.month0 + make_interval(months => m))::date, 100 + l.t % 50, 50 + (l.t + m) % 50
      from bench_usage_lines l cross join generate_series(0, ${MONTHS - 1}::int) m`.execute(conn);
    await sql`drop table bench_usage_claims, bench_usage_lines`.execute(conn);
  });
  await sql`analyze claims`.execute(db);
  const ids = await sql<{ id: string }>`select id from associations where organisation_id = ${orgId} and status = 'ACTIVE' order by tenant_id, product_code limit 1000`.execute(db);
  return { tenants, associations: tenants * USAGE_PRODUCTS.length, records: tenants * USAGE_PRODUCTS.length * MONTHS, associationIds: ids.rows.map((r) => r.id) };
}
