import { type Kysely, sql } from 'kysely';

/** Every e-mail the system sends, with its delivery state; the outbox when no SMTP relay is configured. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table outbound_emails (
  id uuid primary key default gen_random_uuid(),
  -- One message per event and recipient, whatever retries or duplicate jobs happen.
  idempotency_key text not null unique,
  claim_id uuid references claims (id),
  template text not null,
  to_address text not null,
  locale text not null check (locale in ('en', 'nl')),
  subject text not null,
  body_text text not null,
  state text not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'OUTBOX', 'FAILED')),
  attempts int not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbound_emails_created_idx on outbound_emails (created_at desc, id);
create index outbound_emails_claim_idx on outbound_emails (claim_id, created_at);
`,
    )
    .execute(db);
}
