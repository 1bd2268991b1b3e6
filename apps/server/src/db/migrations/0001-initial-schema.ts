import { type Kysely, sql } from 'kysely';

/** Organisations, people, sign-in, the customer directory and the catalogue's tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table organisations (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('VENDOR', 'PARTNER')),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);
-- One vendor runs the programs.
create unique index organisations_one_vendor on organisations (kind) where kind = 'VENDOR';
create unique index organisations_name_key on organisations (lower(name));

create table users (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  email text not null check (email = lower(email) and length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 200),
  role text not null check (role in ('PARTNER_ADMIN', 'PARTNER_USER', 'REVIEWER', 'PROGRAM_ADMIN')),
  locale text not null default 'en' check (locale in ('en', 'nl')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);
create unique index users_email_key on users (email);
create index users_organisation_idx on users (organisation_id);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  csrf_token text not null,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text,
  ip text
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 100),
  prefix text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_organisation_idx on api_tokens (organisation_id);

create table solution_areas (
  code text primary key,
  name_en text not null,
  name_nl text not null,
  sort_order int not null default 0
);

create table activities (
  code text primary key,
  name_en text not null,
  name_nl text not null,
  sort_order int not null default 0
);

create table programs (
  code text primary key,
  name_en text not null,
  name_nl text not null,
  is_claimable boolean not null,
  exclusivity_unit text check (exclusivity_unit in ('WORKLOAD', 'SUBSCRIPTION')),
  conflict_rule text check (conflict_rule in ('REVIEWER_DECIDES', 'FIRST_VALID_WINS')),
  review_business_days int check (review_business_days between 1 and 90),
  response_business_days int check (response_business_days between 1 and 90),
  dispute_days int check (dispute_days between 1 and 365),
  consent_business_days int check (consent_business_days between 1 and 30),
  expiry_notice_days int check (expiry_notice_days between 1 and 365),
  referral_en text,
  referral_nl text,
  sort_order int not null default 0,
  -- A claimable program has all its settings; a refused one has a referral instead.
  check (
    (is_claimable and exclusivity_unit is not null and conflict_rule is not null
      and review_business_days is not null and response_business_days is not null
      and dispute_days is not null and consent_business_days is not null and expiry_notice_days is not null)
    or (not is_claimable and referral_en is not null and referral_nl is not null)
  )
);

create table program_rules (
  solution_area text not null references solution_areas (code),
  activity text not null references activities (code),
  program_code text not null references programs (code),
  primary key (solution_area, activity)
);

create table products (
  code text primary key check (code ~ '^[A-Z0-9_]{2,64}$'),
  name text not null,
  solution_area text not null references solution_areas (code),
  sort_order int not null default 0
);
create index products_solution_area_idx on products (solution_area);

create table reason_codes (
  code text primary key,
  category text not null check (category in ('ENTRY_CHECK', 'INFORMATION_REQUEST', 'REJECTION', 'ENDING')),
  message_en text not null,
  message_nl text not null
);

create table partner_locations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  mpn_id text not null unique check (mpn_id ~ '^[0-9]{6,10}$'),
  name text not null check (length(name) between 1 and 200),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  created_at timestamptz not null default now()
);
create index partner_locations_organisation_idx on partner_locations (organisation_id);

create table location_enrolments (
  location_id uuid not null references partner_locations (id) on delete cascade,
  program_code text not null references programs (code),
  enrolled_at timestamptz not null default now(),
  primary key (location_id, program_code)
);

create table customer_tenants (
  tenant_id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  time_zone text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index customer_tenants_name_idx on customer_tenants (lower(name), tenant_id);

create table tenant_domains (
  domain text primary key check (domain = lower(domain) and domain ~ '^[a-z0-9.-]+\\.[a-z]{2,}$'),
  tenant_id uuid not null references customer_tenants (tenant_id) on delete cascade,
  is_initial boolean not null default false,
  created_at timestamptz not null default now()
);
create index tenant_domains_tenant_idx on tenant_domains (tenant_id);

create table subscriptions (
  id uuid primary key,
  tenant_id uuid not null references customer_tenants (tenant_id),
  product_code text not null references products (code),
  channel text not null check (channel in ('DIRECT', 'EA', 'CSP', 'MCA', 'OPEN')),
  state text not null check (state in ('ACTIVE', 'GRACE', 'SUSPENDED', 'EXPIRED')),
  start_date date not null,
  end_date date check (end_date is null or end_date >= start_date),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index subscriptions_tenant_product_idx on subscriptions (tenant_id, product_code);
`,
    )
    .execute(db);
}
