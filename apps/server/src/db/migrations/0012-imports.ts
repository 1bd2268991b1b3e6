import { type Kysely, sql } from 'kysely';

/**
 * Imports of the customer directory and monthly usage: the import record, the uploaded file kept
 * in chunks until the worker has read it, rejected rows, and the usage table itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table imports (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('tenants', 'subscriptions', 'usage')),
  format text not null check (format in ('CSV', 'NDJSON')),
  dry_run boolean not null,
  status text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  file_name text,
  total_bytes bigint not null default 0,
  bytes_read bigint not null default 0,
  rows_read int not null default 0,
  inserted int not null default 0,
  updated int not null default 0,
  unchanged int not null default 0,
  rejected int not null default 0,
  failure_code text,
  failure_message text,
  created_by uuid references users (id),
  created_by_name text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index imports_created_idx on imports (created_at desc, id desc);

-- The file as received, in order; deleted once the import has finished.
create table import_chunks (
  import_id uuid not null references imports (id) on delete cascade,
  seq int not null,
  bytes bytea not null,
  primary key (import_id, seq)
);

create table import_rejections (
  import_id uuid not null references imports (id) on delete cascade,
  line int not null,
  "row" jsonb not null,
  problems jsonb not null,
  primary key (import_id, line)
);

-- The import checks product and subscription against the catalogue and directory in the same
-- transaction (and nothing deletes either); only the tenant is held by a foreign key, because
-- every further key costs a lookup per row in a million-row import.
create table usage_records (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references customer_tenants (tenant_id),
  product_code text not null,
  subscription_id uuid,
  month date not null check (extract(day from month) = 1),
  licensed_seats int not null check (licensed_seats >= 0),
  active_users int not null check (active_users >= 0 and active_users <= licensed_seats),
  import_id uuid,
  updated_at timestamptz not null default now()
);
-- One figure per tenant, product (and subscription when given) and month; a re-import replaces it.
create unique index usage_records_key on usage_records (tenant_id, product_code, coalesce(subscription_id, '00000000-0000-0000-0000-000000000000'::uuid), month);

-- Whether a text is a calendar date, without the exception leaking into the caller's transaction.
create function associa_is_date(value text) returns boolean language plpgsql immutable as $$
begin
  if value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then return false; end if;
  perform value::date;
  return true;
exception when others then
  return false;
end;
$$;
`,
    )
    .execute(db);
}
