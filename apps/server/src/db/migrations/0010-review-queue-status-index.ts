import { type Kysely, sql } from 'kysely';

/**
 * The review queue filtered by one status, in due order: with one status the due instant is one
 * column, so each status gets an index on exactly that, read as a range instead of filtering the
 * whole queue's order (which the planner otherwise prefers and which scans tens of thousands of rows).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create index claims_queue_action_required_idx on claims ((coalesce(response_due_at, 'infinity'::timestamptz)), id)
  where status = 'ACTION_REQUIRED' and deleted_at is null;
create index claims_queue_in_review_idx on claims (status, (coalesce(review_due_at, 'infinity'::timestamptz)), id)
  where status in ('UNDER_REVIEW', 'DISPUTED') and deleted_at is null;
`,
    )
    .execute(db);
}
