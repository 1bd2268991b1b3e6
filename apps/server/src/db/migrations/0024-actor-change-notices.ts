import { type Kysely, sql } from 'kysely';

/*
 * Change notices for the API processes' caches of callers (modules/auth/actor-cache.ts, issue 15):
 * whenever a change can alter who a session cookie or API token stands for, or whether it still
 * works, the transaction notifies `associa_actor_changes` (delivered at commit, once per
 * transaction), and every listening process forgets the callers it holds.
 * - users and organisations: any update, delete or truncate (role, disabling, suspension, names).
 * - sessions and api_tokens: deletes and truncates, and updates that change the secret, the owner,
 *   revocation or the token's name, or shorten the expiry; not the sliding of a session's expiry
 *   or a token's last use, which happen on reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create function associa_notify_actor_changes() returns trigger language plpgsql as $$
begin
  perform pg_notify('associa_actor_changes', '');
  return null;
end $$;

create trigger users_actor_changes after update or delete on users for each statement execute function associa_notify_actor_changes();
create trigger users_actor_changes_truncate after truncate on users for each statement execute function associa_notify_actor_changes();
create trigger organisations_actor_changes after update or delete on organisations for each statement execute function associa_notify_actor_changes();
create trigger organisations_actor_changes_truncate after truncate on organisations for each statement execute function associa_notify_actor_changes();

create trigger sessions_actor_changes after delete on sessions for each statement execute function associa_notify_actor_changes();
create trigger sessions_actor_changes_truncate after truncate on sessions for each statement execute function associa_notify_actor_changes();
create trigger sessions_actor_changes_update after update on sessions for each row
  when (old.token_hash is distinct from new.token_hash or old.user_id is distinct from new.user_id
        or old.csrf_token is distinct from new.csrf_token or new.expires_at < old.expires_at)
  execute function associa_notify_actor_changes();

create trigger api_tokens_actor_changes after delete on api_tokens for each statement execute function associa_notify_actor_changes();
create trigger api_tokens_actor_changes_truncate after truncate on api_tokens for each statement execute function associa_notify_actor_changes();
create trigger api_tokens_actor_changes_update after update on api_tokens for each row
  when (old.token_hash is distinct from new.token_hash or old.user_id is distinct from new.user_id
        or old.revoked_at is distinct from new.revoked_at or old.name is distinct from new.name
        or new.expires_at < old.expires_at)
  execute function associa_notify_actor_changes();
`,
    )
    .execute(db);
}
