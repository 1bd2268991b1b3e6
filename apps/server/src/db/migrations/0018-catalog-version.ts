import { type Kysely, sql } from 'kysely';

/**
 * The catalogue's change signal: one row whose version a statement trigger bumps in the same
 * transaction as any change to a catalogue table, so every API process can keep the catalogue in
 * memory and notice a change by reading one number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table catalog_version (
  singleton boolean primary key default true check (singleton),
  version bigint not null default 1,
  changed_at timestamptz not null default now()
);
insert into catalog_version default values;

create function bump_catalog_version() returns trigger language plpgsql as $$
begin
  update catalog_version set version = version + 1, changed_at = now();
  return null;
end $$;

create trigger solution_areas_catalog_version after insert or update or delete or truncate on solution_areas for each statement execute function bump_catalog_version();
create trigger activities_catalog_version after insert or update or delete or truncate on activities for each statement execute function bump_catalog_version();
create trigger programs_catalog_version after insert or update or delete or truncate on programs for each statement execute function bump_catalog_version();
create trigger program_rules_catalog_version after insert or update or delete or truncate on program_rules for each statement execute function bump_catalog_version();
create trigger products_catalog_version after insert or update or delete or truncate on products for each statement execute function bump_catalog_version();
create trigger reason_codes_catalog_version after insert or update or delete or truncate on reason_codes for each statement execute function bump_catalog_version();
`,
    )
    .execute(db);
}
