import { type Kysely, sql } from 'kysely';

/** The review queue filtered by one status, in due order: read from an index range instead of sorting every match. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create index claims_review_queue_status_due_idx on claims (
  status, (coalesce(case when status = 'ACTION_REQUIRED' then response_due_at else review_due_at end, 'infinity'::timestamptz)), id
) where status in ('UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED') and deleted_at is null;
`,
    )
    .execute(db);
}
