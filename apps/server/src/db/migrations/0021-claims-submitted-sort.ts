import { type Kysely, sql } from 'kysely';

/**
 * The claims list sorted by submission (`sort=-submitted`) orders by the no-NULL key
 * `coalesce(submitted_at, '-infinity')`, which the plain submitted_at index can't serve: at 100k
 * claims that sort read every row. These indexes match the key, for a partner's list and the vendor's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index claims_org_submitted_key_idx on claims (organisation_id, (coalesce(submitted_at, '-infinity'::timestamptz)), id) where deleted_at is null`.execute(db);
  await sql`create index claims_submitted_key_idx on claims ((coalesce(submitted_at, '-infinity'::timestamptz)), id) where deleted_at is null`.execute(db);
}
