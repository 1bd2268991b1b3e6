import { type Kysely, sql } from 'kysely';

/** Claims with their lines, documents, comments, append-only history, and idempotency keys. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table claims (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  location_id uuid not null references partner_locations (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'UNDER_REVIEW', 'ACTION_REQUIRED',
    'CUSTOMER_CONSENT', 'ACTIVE', 'DECLINED', 'REJECTED', 'DISPUTED', 'WITHDRAWN', 'ENDED')),
  name text,
  customer_domain text,
  customer_tenant_id text,
  -- Set on submit, once the tenant ID is known to be a directory tenant.
  tenant_id uuid references customer_tenants (tenant_id),
  solution_area text references solution_areas (code),
  activities text[] not null default '{}',
  requested_program text references programs (code),
  programs text[] not null default '{}',
  customer_contact jsonb,
  customer_technical_contact jsonb,
  partner_contact jsonb,
  revenue jsonb,
  comments text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  -- Drafts are deleted softly so their history stays readable to the vendor.
  deleted_at timestamptz,
  check (status = 'DRAFT' or submitted_at is not null),
  check (deleted_at is null or status = 'DRAFT')
);
create index claims_org_updated_idx on claims (organisation_id, updated_at desc, id) where deleted_at is null;
create index claims_org_submitted_idx on claims (organisation_id, submitted_at desc, id) where deleted_at is null;
create index claims_org_status_idx on claims (organisation_id, status) where deleted_at is null;
create index claims_tenant_idx on claims (tenant_id) where tenant_id is not null;

create table claim_lines (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references claims (id) on delete cascade,
  position int not null check (position >= 0),
  product_code text not null,
  subscription_id text,
  subscription_chosen text check (subscription_chosen in ('PARTNER', 'AUTOMATIC')),
  unique (claim_id, position)
);
create index claim_lines_product_idx on claim_lines (product_code, claim_id);
create index claim_lines_subscription_idx on claim_lines (subscription_id) where subscription_id is not null;

create table claim_documents (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references claims (id) on delete cascade,
  file_name text not null check (length(file_name) between 1 and 255),
  document_type text not null check (document_type in ('PDF', 'DOCX', 'XLSX', 'PNG', 'JPEG')),
  content_type text not null,
  size_bytes int not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_by uuid not null references users (id),
  uploaded_at timestamptz not null default now(),
  -- Revision the document was added in: 0 with the original claim, n with the n-th response.
  revision int not null default 0
);
create index claim_documents_claim_idx on claim_documents (claim_id, uploaded_at);

create table claim_comments (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references claims (id) on delete cascade,
  author_id uuid not null references users (id),
  body text not null check (length(body) between 1 and 4000),
  created_at timestamptz not null default now()
);
create index claim_comments_claim_idx on claim_comments (claim_id, created_at);

create table claim_events (
  id bigserial primary key,
  claim_id uuid not null references claims (id),
  occurred_at timestamptz not null default now(),
  actor_type text not null check (actor_type in ('USER', 'SYSTEM', 'CUSTOMER')),
  actor_user_id uuid references users (id),
  actor_name text not null,
  type text not null,
  data jsonb not null default '{}'
);
create index claim_events_claim_idx on claim_events (claim_id, id);

-- History is append-only: no row is ever changed or removed.
create function claim_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'claim history is append-only';
end $$;
create trigger claim_events_no_update before update or delete on claim_events
  for each row execute function claim_events_append_only();

create table idempotency_keys (
  actor_key text not null,
  key text not null check (length(key) between 1 and 255),
  method text not null,
  path text not null,
  request_hash text not null,
  status_code int,
  response_body jsonb,
  created_at timestamptz not null default now(),
  primary key (actor_key, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
`,
    )
    .execute(db);
}
