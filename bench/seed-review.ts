// Bench data for review: open claims with due dates, and claims whose response deadline has passed.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';

/**
 * Inserts `count` open claims (under review, waiting for the partner, disputed) for one
 * organisation, with review and response deadlines spread over two months around now.
 */
export async function seedOpenClaims(db: Db, { organisationEmail, count, overdueResponses = 0 }: { organisationEmail: string; count: number; overdueResponses?: number }): Promise<void> {
  await sql`
    with actor as (select u.id as user_id, u.organisation_id from users u where u.email = ${organisationEmail}),
    loc as (select l.id from partner_locations l, actor where l.organisation_id = actor.organisation_id order by l.mpn_id limit 1),
    tenants as (select row_number() over (order by t.tenant_id) - 1 as n, t.tenant_id, t.name from customer_tenants t where t.name not like 'Bench Tenant%'),
    tcount as (select count(*) as n from tenants),
    gen as (select i, case when i <= ${overdueResponses}::int then 'ACTION_REQUIRED'
                           else (array['UNDER_REVIEW','UNDER_REVIEW','ACTION_REQUIRED','DISPUTED'])[1 + i % 4] end as status
            from generate_series(1, ${count}::int) i)
    insert into claims (organisation_id, location_id, status, name, customer_domain, customer_tenant_id, tenant_id, customer_name, solution_area,
                        activities, programs, customer_contact, partner_contact, created_by, created_at, updated_at, submitted_at,
                        review_due_at, review_late_at, response_due_at, contested)
    select actor.organisation_id, loc.id, gen.status, 'Open claim ' || gen.i, null, t.tenant_id::text, t.tenant_id, t.name, 'MICROSOFT_365',
           '{USAGE}', '{OSU_M365}', '{"name":"C","title":"T","email":"c@example.com"}', '{"name":"P","email":"p@example.com"}',
           actor.user_id, now() - interval '20 days', now() - interval '20 days', now() - interval '20 days',
           now() + make_interval(mins => (gen.i * 37) % 86400 - 43200),
           -- A review already late was flagged by an earlier sweep: the sweep bench times only its own work.
           case when gen.status in ('UNDER_REVIEW', 'DISPUTED') and (gen.i * 37) % 86400 < 43200 then now() end,
           case when gen.i <= ${overdueResponses}::int then now() - interval '1 hour'
                when gen.status = 'ACTION_REQUIRED' then now() + make_interval(mins => (gen.i * 53) % 40000) end,
           gen.i % 10 = 0
    from gen cross join actor cross join loc cross join tcount join tenants t on t.n = gen.i % tcount.n`.execute(db);
  await sql`analyze claims`.execute(db);
}
