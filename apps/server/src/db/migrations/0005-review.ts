import { type Kysely, sql } from 'kysely';

/** Review deadlines and decisions on claims, the partner's response revisions, and the reviewer assignment. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
alter table claims
  add column review_due_at timestamptz,
  add column review_late_at timestamptz,
  add column response_due_at timestamptz,
  add column info_request_reasons text[] not null default '{}',
  add column info_request_message text,
  add column consent_closes_at timestamptz,
  add column rejected_at timestamptz,
  add column rejected_by uuid references users (id),
  add column rejection_reason text references reason_codes (code),
  add column rejection_message text,
  add column dispute_due_at timestamptz,
  add column dispute_count int not null default 0 check (dispute_count between 0 and 1),
  add column assigned_reviewer_id uuid references users (id),
  add column contested boolean not null default false,
  add column revision int not null default 0;
create index claims_review_queue_idx on claims (review_due_at, id) where status in ('UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED');
create index claims_response_due_idx on claims (response_due_at) where status = 'ACTION_REQUIRED';

-- A partner's answer to an information request: kept beside the original, never written over it.
create table claim_revisions (
  claim_id uuid not null references claims (id),
  revision int not null check (revision >= 1),
  kind text not null check (kind in ('RESPONSE', 'DISPUTE')),
  created_at timestamptz not null default now(),
  created_by uuid not null references users (id),
  comment text not null,
  corrections jsonb not null default '{}',
  document_ids uuid[] not null default '{}',
  primary key (claim_id, revision)
);
`,
    )
    .execute(db);
}
