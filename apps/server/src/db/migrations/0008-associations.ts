import { type Kysely, sql } from 'kysely';

/**
 * Customer consent and associations: the links customers act through (stored as hashes only), one
 * association row per exclusivity key a claim line wins, and the timers the sweep reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
alter table claims
  add column consent_reminder_at timestamptz,
  add column consent_reminded_at timestamptz,
  add column consent_outcome text check (consent_outcome in ('CONFIRMED', 'OPTED_OUT', 'ACTIVATED_BY_SILENCE'));
create index claims_consent_closes_idx on claims (consent_closes_at) where status = 'CUSTOMER_CONSENT';
create index claims_consent_reminder_idx on claims (consent_reminder_at) where status = 'CUSTOMER_CONSENT' and consent_reminded_at is null;

-- A message whose body holds a personal link gets the link only when it is sent.
alter table outbound_emails
  add column link_purpose text check (link_purpose in ('CONSENT', 'REVOKE')),
  add column link_expires_at timestamptz;

create table customer_links (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  claim_id uuid not null references claims (id),
  purpose text not null check (purpose in ('CONSENT', 'REVOKE')),
  contact_email text not null,
  contact_name text,
  locale text not null check (locale in ('en', 'nl')),
  email_id uuid references outbound_emails (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  used_at timestamptz,
  used_action text
);
create index customer_links_claim_idx on customer_links (claim_id);

create table associations (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references claims (id),
  claim_line_id uuid not null references claim_lines (id),
  organisation_id uuid not null references organisations (id),
  location_id uuid not null references partner_locations (id),
  program_code text not null references programs (code),
  exclusivity_unit text not null check (exclusivity_unit in ('WORKLOAD', 'SUBSCRIPTION')),
  tenant_id uuid not null references customer_tenants (tenant_id),
  product_code text not null,
  subscription_id uuid,
  -- program/tenant/workload or program/subscription: what at most one partner holds.
  exclusivity_key text not null,
  status text not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
  started_at timestamptz not null,
  ended_at timestamptz,
  end_reason text check (end_reason in ('PARTNER_DISASSOCIATED', 'CUSTOMER_REVOKED', 'SUBSCRIPTION_EXPIRED', 'SUPERSEDED')),
  end_message text,
  superseded_by uuid references associations (id),
  expiry_notice_at timestamptz,
  check ((status = 'ACTIVE') = (ended_at is null)),
  check ((status = 'ACTIVE') = (end_reason is null)),
  check ((exclusivity_unit = 'SUBSCRIPTION') = (subscription_id is not null))
);
-- The rule of the whole product: one active holder per key, whatever the concurrency.
create unique index associations_one_active_per_key on associations (exclusivity_key) where status = 'ACTIVE';
create unique index associations_line_program_idx on associations (claim_line_id, program_code);
create index associations_org_started_idx on associations (organisation_id, started_at desc, id);
create index associations_started_idx on associations (started_at desc, id);
create index associations_claim_idx on associations (claim_id);
create index associations_tenant_idx on associations (tenant_id);
create index associations_active_subscription_idx on associations (subscription_id) where status = 'ACTIVE';
`,
    )
    .execute(db);
}
