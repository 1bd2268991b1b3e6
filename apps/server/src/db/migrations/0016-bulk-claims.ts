import { type Kysely, sql } from 'kysely';

/**
 * Bulk claims: the record of one uploaded file of claims (one organisation's) and the result of
 * each of its rows, kept so the answer and its rejections can be fetched again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table bulk_claim_uploads (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  format text not null check (format in ('CSV', 'NDJSON')),
  file_name text,
  dry_run boolean not null,
  submit boolean not null,
  poe_document_id uuid,
  status text not null default 'RUNNING' check (status in ('RUNNING', 'COMPLETED')),
  rows_read int not null default 0,
  valid int not null default 0,
  created int not null default 0,
  submitted int not null default 0,
  rejected int not null default 0,
  created_by uuid not null references users (id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index bulk_claim_uploads_org_idx on bulk_claim_uploads (organisation_id, created_at desc);

create table bulk_claim_rows (
  upload_id uuid not null references bulk_claim_uploads (id) on delete cascade,
  line int not null,
  status text not null check (status in ('VALID', 'CREATED', 'SUBMITTED', 'REJECTED')),
  claim_id uuid references claims (id) on delete set null,
  "row" jsonb not null,
  problems jsonb not null default '[]',
  primary key (upload_id, line)
);
create index bulk_claim_rows_claim_idx on bulk_claim_rows (claim_id) where claim_id is not null;
`,
    )
    .execute(db);
}
