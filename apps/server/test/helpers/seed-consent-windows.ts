import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/client';
import { hashSecret } from '../../src/lib/secrets';

/** A seeded claim waiting for its customer, with the raw token of its consent link. */
export type SeededWindow = { claimId: string; token: string; organisationId: string };

/**
 * Inserts `count` partner organisations, each with one admin (no password use) and one location
 * enrolled in every claimable program. Used for races between many partners.
 */
export async function seedPartners(db: Db, { count, prefix }: { count: number; prefix: string }): Promise<{ organisationId: string; locationId: string; userId: string }[]> {
  const rows = await sql<{ organisation_id: string; location_id: string; user_id: string }>`
    with orgs as (
      insert into organisations (kind, name) select 'PARTNER', ${prefix} || ' partner ' || i from generate_series(1, ${count}::int) i returning id, name),
    numbered as (select id, row_number() over (order by name) as n from orgs),
    users_ins as (
      insert into users (organisation_id, email, name, role, password_hash)
      select id, lower(${prefix}) || '-admin-' || n || '@partners.example', 'Admin ' || n, 'PARTNER_ADMIN', 'x' from numbered returning id, organisation_id),
    locs as (
      insert into partner_locations (organisation_id, mpn_id, name, country)
      select id, (8000000 + (hashtext(${prefix}) & 65535) * 1000 + n)::text, ${prefix} || ' location ' || n, 'NL' from numbered returning id, organisation_id),
    enrol as (insert into location_enrolments (location_id, program_code) select l.id, p.code from locs l cross join programs p where p.is_claimable returning location_id)
    select l.organisation_id, l.id as location_id, u.id as user_id from locs l join users_ins u on u.organisation_id = l.organisation_id`.execute(db);
  return rows.rows.map((r) => ({ organisationId: r.organisation_id, locationId: r.location_id, userId: r.user_id }));
}

/**
 * Inserts claims already approved (CUSTOMER_CONSENT) whose windows close at `closesAt`, each with
 * one customer contact and a consent link whose raw token is answered. `sameTenant` puts every
 * claim on one tenant's Exchange Online (one key, for races); otherwise each gets its own new tenant.
 */
export async function seedConsentWindows(
  db: Db,
  { partners, count, closesAt, sameTenant, prefix }: { partners: { organisationId: string; locationId: string; userId: string }[]; count: number; closesAt: Date; sameTenant?: string; prefix: string },
): Promise<SeededWindow[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const rows = await sql<{ id: string; organisation_id: string; n: number }>`
    with p as (select * from unnest(${partners.map((x) => x.organisationId)}::uuid[], ${partners.map((x) => x.locationId)}::uuid[], ${partners.map((x) => x.userId)}::uuid[])
                 with ordinality as p(organisation_id, location_id, user_id, k)),
    gen as (select i, ((i - 1) % ${partners.length}::int) + 1 as k, case when ${sameTenant ?? null}::uuid is null then gen_random_uuid() else ${sameTenant ?? null}::uuid end as tenant_id
            from generate_series(1, ${count}::int) i),
    tenants as (
      insert into customer_tenants (tenant_id, name, country, time_zone)
      select tenant_id, ${prefix} || ' tenant ' || i, 'NL', 'Europe/Amsterdam' from gen where ${sameTenant ?? null}::uuid is null
      on conflict do nothing returning tenant_id),
    claims_ins as (
      insert into claims (organisation_id, location_id, status, name, customer_tenant_id, tenant_id, customer_name, solution_area, activities, programs,
                          customer_contact, partner_contact, created_by, created_at, updated_at, submitted_at, consent_closes_at)
      select p.organisation_id, p.location_id, 'CUSTOMER_CONSENT', ${prefix} || ' claim ' || gen.i, gen.tenant_id::text, gen.tenant_id, ${prefix} || ' customer ' || gen.i,
             'MICROSOFT_365', '{USAGE}', '{OSU_M365}',
             jsonb_build_object('name', 'Contact ' || gen.i, 'title', 'CIO', 'email', lower(${prefix}) || '-contact-' || gen.i || '@customers.example'),
             jsonb_build_object('name', 'Partner contact', 'email', lower(${prefix}) || '-partner-' || gen.i || '@partners.example'),
             p.user_id, now() - interval '10 days', now() - interval '10 days', now() - interval '10 days' + make_interval(secs => gen.i), ${closesAt}
      from gen join p on p.k = gen.k
      returning id, organisation_id, name),
    lines as (insert into claim_lines (claim_id, position, product_code) select id, 0, 'EXCHANGE_ONLINE' from claims_ins returning claim_id)
    select c.id, c.organisation_id, split_part(c.name, ' claim ', 2)::int as n from claims_ins c order by n`.execute(db);
  const windows = rows.rows.map((r) => ({ claimId: r.id, organisationId: r.organisation_id, token: tokens[r.n - 1]! }));
  await sql`
    insert into customer_links (token_hash, claim_id, purpose, contact_email, contact_name, locale, expires_at)
    select h, c, 'CONSENT', ${prefix} || '-contact@customers.example', 'Contact', 'en', ${closesAt}
    from unnest(${windows.map((w) => hashSecret(w.token))}::text[], ${windows.map((w) => w.claimId)}::uuid[]) as x(h, c)`.execute(db);
  await sql`analyze claims`.execute(db);
  return windows;
}
