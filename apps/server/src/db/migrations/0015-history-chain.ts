import { type Kysely, sql } from 'kysely';

/*
 * The canonical content of one event, as hashed: the text of a jsonb array
 *   [id, claim_id, seq, occurred_at, actor_type, actor_user_id, actor_name, type, data, prev_hash]
 * with ids as strings, seq as a number, occurred_at as UTC to the microsecond
 * ('YYYY-MM-DDTHH:MI:SS.uuuuuuZ'), data as stored and prev_hash null for a claim's first event.
 * hash = lowercase hex SHA-256 of that text in UTF-8. `modules/history/history-canonical.ts`
 * reproduces it from an export; the two must change together (a new migration, never an edit).
 */
const CANONICAL = (row: string) => `jsonb_build_array(
    ${row}.id::text, ${row}.claim_id::text, ${row}.seq, to_char(${row}.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    ${row}.actor_type, ${row}.actor_user_id::text, ${row}.actor_name, ${row}.type, ${row}.data, ${row}.prev_hash)::text`;

/**
 * Verifiable history: every claim's events form a hash chain (seq, prev_hash, hash), computed by
 * PostgreSQL on insert so every writer is chained, and the events already there are chained here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
alter table claim_events add column seq int, add column prev_hash text, add column hash text;

-- Chain what is there, per claim in id order. The append-only trigger refuses this one UPDATE; it is
-- off only inside this migration's transaction (ALTER TABLE holds the table's exclusive lock).
alter table claim_events disable trigger claim_events_no_update;
do $$
declare
  r record;
  last_claim uuid;
  last_seq int;
  last_hash text;
begin
  for r in select * from claim_events order by claim_id, id loop
    if last_claim is distinct from r.claim_id then
      last_claim := r.claim_id;
      last_seq := 0;
      last_hash := null;
    end if;
    r.seq := last_seq + 1;
    r.prev_hash := last_hash;
    r.hash := encode(sha256(convert_to(${CANONICAL('r')}, 'UTF8')), 'hex');
    update claim_events set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    last_seq := r.seq;
    last_hash := r.hash;
  end loop;
end $$;
alter table claim_events enable trigger claim_events_no_update;

alter table claim_events
  alter column seq set not null,
  alter column hash set not null,
  add constraint claim_events_hash_check check (hash ~ '^[0-9a-f]{64}$'),
  add constraint claim_events_prev_hash_check check ((seq = 1) = (prev_hash is null)),
  -- Also the guard for a writer in a REPEATABLE READ transaction, whose snapshot cannot see a
  -- concurrent event: its insert fails instead of forking the chain.
  add constraint claim_events_claim_seq_key unique (claim_id, seq);

create function claim_events_chain() returns trigger language plpgsql as $$
declare
  prev record;
begin
  -- One writer per claim at a time. The claim's row lock, not an advisory lock: the event's foreign
  -- key takes the row's KEY SHARE lock anyway, so a writer holding an advisory lock could wait there
  -- for a transaction (holding the row FOR UPDATE) that waits for the advisory lock: a deadlock.
  perform 1 from claims where id = new.claim_id for no key update;
  select e.seq, e.hash into prev from claim_events e where e.claim_id = new.claim_id order by e.seq desc limit 1;
  -- The id was drawn before the lock; draw it again so a claim's id order is its chain order.
  new.id := nextval(pg_get_serial_sequence('claim_events', 'id'));
  new.seq := coalesce(prev.seq, 0) + 1;
  new.prev_hash := prev.hash;
  new.hash := encode(sha256(convert_to(${CANONICAL('new')}, 'UTF8')), 'hex');
  return new;
end $$;
create trigger claim_events_chain before insert on claim_events
  for each row execute function claim_events_chain();
`,
    )
    .execute(db);
}

/** Removes the chain (used by the test that replays this migration over unchained events). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
drop trigger claim_events_chain on claim_events;
drop function claim_events_chain();
alter table claim_events drop column seq, drop column prev_hash, drop column hash;
`,
    )
    .execute(db);
}
