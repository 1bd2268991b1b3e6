import { type Kysely, sql } from 'kysely';

/** The review queue's order (what is due soonest) as an index, so a page is read, not sorted. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
drop index if exists claims_review_queue_idx;
create index claims_review_queue_due_idx on claims (
  (coalesce(case when status = 'ACTION_REQUIRED' then response_due_at else review_due_at end, 'infinity'::timestamptz)), id
) where status in ('UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED') and deleted_at is null;
`,
    )
    .execute(db);
}
