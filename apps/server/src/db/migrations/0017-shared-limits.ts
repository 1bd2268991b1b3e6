import { type Kysely, sql } from 'kysely';

/**
 * Rate-limit counters shared by every API process (rate-limiter-flexible's PostgreSQL layout:
 * key, points, expiry in epoch milliseconds), so a limit trips at the same count whichever process answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table rate_limits (
  key text primary key,
  points integer not null default 0,
  expire bigint
);
create index rate_limits_expire_idx on rate_limits (expire);
`,
    )
    .execute(db);
}
