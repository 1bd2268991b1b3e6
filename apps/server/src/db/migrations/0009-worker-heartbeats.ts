import { type Kysely, sql } from 'kysely';

/** Worker processes say they are alive here, so jobs locked by one that died can be released at once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table worker_heartbeats (
  worker_id text primary key,
  started_at timestamptz not null default now(),
  seen_at timestamptz not null default now()
);
`,
    )
    .execute(db);
}
