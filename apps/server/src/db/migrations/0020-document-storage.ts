import { type Kysely, sql } from 'kysely';

/**
 * Proof-of-execution bytes may live outside PostgreSQL (a folder or an S3-compatible bucket): the
 * row then records the store and the object's key, and holds no content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table claim_documents
      alter column content drop not null,
      add column storage text not null default 'DATABASE' check (storage in ('DATABASE', 'FOLDER', 'S3')),
      add column storage_key text,
      add constraint claim_documents_storage_ck check ((storage = 'DATABASE') = (content is not null) and (storage = 'DATABASE') = (storage_key is null))`.execute(db);
}
