// Bench data: many claims generated in SQL, so seeding 100k takes seconds rather than minutes.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';

/** Inserts `count` claims (one line each) spread over the demo tenants and statuses, for one organisation. */
export async function seedListClaims(db: Db, { organisationEmail, count }: { organisationEmail: string; count: number }): Promise<void> {
  await sql`
    with actor as (select u.id as user_id, u.organisation_id from users u where u.email = ${organisationEmail}),
    locs as (select array_agg(l.id order by l.mpn_id) as ids from partner_locations l, actor where l.organisation_id = actor.organisation_id),
    tenants as (select row_number() over (order by t.tenant_id) - 1 as n, t.tenant_id, t.name,
                       (select d.domain from tenant_domains d where d.tenant_id = t.tenant_id and not d.is_initial limit 1) as domain
                from customer_tenants t),
    tcount as (select count(*) as n from tenants),
    gen as (select i, (array['DRAFT','UNDER_REVIEW','ACTION_REQUIRED','CUSTOMER_CONSENT','ACTIVE','REJECTED','WITHDRAWN','DECLINED'])[1 + i % 8] as status
            from generate_series(1, ${count}::int) i),
    inserted as (
      insert into claims (organisation_id, location_id, status, name, customer_domain, customer_tenant_id, tenant_id, customer_name,
                          solution_area, activities, programs, customer_contact, partner_contact, created_by, created_at, updated_at, submitted_at)
      select actor.organisation_id, locs.ids[1 + gen.i % array_length(locs.ids, 1)], gen.status,
             'Bench claim ' || gen.i || ' ' || t.name, t.domain, t.tenant_id::text, t.tenant_id, t.name,
             'MICROSOFT_365', '{USAGE}', '{OSU_M365}',
             '{"name":"Bench Contact","title":"IT","email":"bench@example.com"}', '{"name":"Bench","email":"bench@example.com"}',
             actor.user_id, now() - make_interval(mins => gen.i), now() - make_interval(mins => gen.i),
             case when gen.status = 'DRAFT' then null else now() - make_interval(mins => gen.i) end
      from gen cross join actor cross join locs cross join tcount
      join tenants t on t.n = gen.i % tcount.n
      returning id, created_at)
    insert into claim_lines (claim_id, position, product_code)
    select id, 0, (array['MICROSOFT_TEAMS','EXCHANGE_ONLINE','SHAREPOINT_ONLINE','INTUNE'])[1 + (extract(epoch from created_at)::bigint / 60) % 4] from inserted`.execute(db);
  await sql`analyze claims`.execute(db);
  await sql`analyze claim_lines`.execute(db);
}

/**
 * `count` complete drafts, each on its own new tenant (so no two share an exclusivity key), each
 * with a PDF attached: ready to submit. Answers their IDs.
 */
export async function seedSubmittableDrafts(db: Db, { organisationEmail, count }: { organisationEmail: string; count: number }): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with actor as (select u.id as user_id, u.organisation_id from users u where u.email = ${organisationEmail}),
    loc as (select l.id from partner_locations l, actor where l.organisation_id = actor.organisation_id order by l.mpn_id limit 1),
    gen as (select i, gen_random_uuid() as tenant_id from generate_series(1, ${count}::int) i),
    tenants as (insert into customer_tenants (tenant_id, name, country, time_zone)
                select tenant_id, 'Bench Tenant ' || i, 'NL', 'Europe/Amsterdam' from gen returning tenant_id),
    domains as (insert into tenant_domains (domain, tenant_id) select 'bench-' || i || '.example', tenant_id from gen returning domain),
    drafts as (
      insert into claims (organisation_id, location_id, name, customer_domain, customer_tenant_id, tenant_id, customer_name, solution_area,
                          activities, programs, customer_contact, partner_contact, created_by)
      select actor.organisation_id, loc.id, 'Bench submit ' || gen.i, 'bench-' || gen.i || '.example', gen.tenant_id::text, gen.tenant_id,
             'Bench Tenant ' || gen.i, 'MICROSOFT_365', '{USAGE}', '{OSU_M365}',
             '{"name":"Bench Contact","title":"IT","email":"bench@example.com"}', '{"name":"Bench","email":"bench@example.com"}', actor.user_id
      from gen cross join actor cross join loc
      where (select count(*) from tenants) > 0 and (select count(*) from domains) > 0
      returning id),
    lines as (insert into claim_lines (claim_id, position, product_code) select id, 0, 'MICROSOFT_TEAMS' from drafts returning claim_id)
    insert into claim_documents (claim_id, file_name, document_type, content_type, size_bytes, sha256, content, uploaded_by)
    select d.id, 'sow.pdf', 'PDF', 'application/pdf', 9, repeat('0', 64), '\\x255044462d312e340a'::bytea, actor.user_id
    from drafts d cross join actor
    returning claim_id as id`.execute(db);
  return rows.rows.map((r) => r.id);
}
