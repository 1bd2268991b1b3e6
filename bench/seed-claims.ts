// Bench data for the claim lists: the bench's customer tenants, and claims generated in SQL
// (generate_series), so a million claims take a minute or two rather than hours.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';
import { withIndexesDeferred } from './seed-bulk';

/** The bench tenant number `n`'s stable ID (same formula as in SQL below). */
export const benchTenantId = (n: number) => `b0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const TENANT_ID_SQL = (n: string) => `('b0000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
// Customer names are one of 20 words and a number: a common search term matches 1 claim in 20.
const WORDS = "array['contoso','fabrikam','woodgrove','tailspin','litware','adatum','proseware','wingtip','alpine','lucerne','margie','coho','humongous','trey','relecloud','fourthcoffee','wideworld','blueyonder','graphic','southridge']";

/** `count` customer tenants (numbered 1..count) with a custom domain each; the first holds an onmicrosoft one too. */
export async function seedBenchTenants(db: Db, count: number): Promise<void> {
  await withIndexesDeferred(db, ['customer_tenants', 'tenant_domains'], async (conn) => {
    await sql
      .raw(
        `insert into customer_tenants (tenant_id, name, country, time_zone)
         select ${TENANT_ID_SQL('i')}, initcap((${WORDS})[1 + i % 20]) || ' ' || i, 'NL', 'Europe/Amsterdam' from generate_series(1, ${count}) i`,
      )
      .execute(conn);
    await sql.raw(`insert into tenant_domains (domain, tenant_id) select 't' || i || '.bench.example', ${TENANT_ID_SQL('i')} from generate_series(1, ${count}) i`).execute(conn);
  });
}

/**
 * Claims numbered `from + 1` to `to` for one organisation, over `tenants` bench tenants: every
 * status (open ones with deadlines, half of the reviews late and already flagged, responses due in
 * the future so the sweep bench finds only its own), two locations, one line each; one in five is
 * Business Applications (OSU_BIZAPPS), the others Microsoft 365 (OSU_M365) over eight products.
 * With triggers skipped (replica role) the claims' `products` are written here with their lines.
 */
export async function seedScaleClaims(db: Db, { organisationEmail, from, to, tenants }: { organisationEmail: string; from: number; to: number; tenants: number }): Promise<void> {
  if (to <= from) return;
  const actor = await sql<{ user_id: string; organisation_id: string }>`select id as user_id, organisation_id from users where email = ${organisationEmail}`.execute(db);
  const { user_id: userId, organisation_id: orgId } = actor.rows[0]!;
  await withIndexesDeferred(db, ['claims', 'claim_lines'], async (conn) => {
    await sql`
      create temp table bench_new_claims on commit preserve rows as
      with locs as (select array_agg(l.id order by l.mpn_id) as ids from partner_locations l where l.organisation_id = ${orgId}),
      gen as (select i, (i % ${tenants}::int) + 1 as t,
                     (array['DRAFT','UNDER_REVIEW','UNDER_REVIEW','ACTION_REQUIRED','CUSTOMER_CONSENT','ACTIVE','ACTIVE','REJECTED','WITHDRAWN','DISPUTED'])[1 + i % 10] as status
              from generate_series(${from + 1}::int, ${to}::int) i)
      select gen_random_uuid() as id, gen.i, gen.t, gen.status, locs.ids[1 + gen.i % array_length(locs.ids, 1)] as location_id,
             now() - make_interval(secs => gen.i * 30) as at, gen.i % 5 = 0 as bizapps,
             case when gen.i % 5 = 0 then (array['POWER_BI_PRO','DYNAMICS_365_SALES','POWER_APPS'])[1 + gen.i % 3]
                  else (array['MICROSOFT_TEAMS','EXCHANGE_ONLINE','SHAREPOINT_ONLINE','INTUNE','ONEDRIVE','ENTRA_ID_P1','MICROSOFT_DEFENDER','WINDOWS_365'])[1 + (gen.i / 5) % 8] end as product
      from gen cross join locs`.execute(conn);
    await sql`
      insert into claims (id, organisation_id, location_id, status, name, customer_domain, customer_tenant_id, tenant_id, customer_name,
                          solution_area, activities, programs, customer_contact, partner_contact, created_by, created_at, updated_at, submitted_at,
                          review_due_at, review_late_at, response_due_at, contested, products)
      select n.id, ${orgId}, n.location_id, n.status, 'Bench claim ' || n.i || ' ' || t.name, 't' || n.t || '.bench.example', t.tenant_id::text, t.tenant_id, t.name,
             case when n.bizapps then 'BUSINESS_APPLICATIONS' else 'MICROSOFT_365' end, '{USAGE}',
             case when n.bizapps then '{OSU_BIZAPPS}'::text[] else '{OSU_M365}'::text[] end,
             '{"name":"Bench Contact","title":"IT","email":"bench@example.com"}', '{"name":"Bench","email":"bench@example.com"}',
             ${userId}, n.at, n.at, case when n.status = 'DRAFT' then null else n.at end,
             case when n.status in ('UNDER_REVIEW', 'DISPUTED') then now() + make_interval(mins => (n.i * 37) % 86400 - 43200) end,
             case when n.status in ('UNDER_REVIEW', 'DISPUTED') and (n.i * 37) % 86400 < 43200 then now() end,
             case when n.status = 'ACTION_REQUIRED' then now() + make_interval(mins => 1440 + (n.i * 53) % 40000) end,
             n.i % 7 = 1, array[n.product]
      from bench_new_claims n join customer_tenants t on t.tenant_id = ('b0000000-0000-4000-8000-' || lpad(to_hex(n.t), 12, '0'))::uuid`.execute(conn);
    await sql`
      insert into claim_lines (claim_id, position, product_code) select n.id, 0, n.product from bench_new_claims n`.execute(conn);
    await sql`drop table bench_new_claims`.execute(conn);
  });
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
             -- Consent is asked of the customer: the contact is at one of the tenant's domains.
             jsonb_build_object('name', 'Bench Contact', 'title', 'IT', 'email', 'it@bench-' || gen.i || '.example'), '{"name":"Bench","email":"bench@example.com"}', actor.user_id
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
