import { type Kysely, sql } from 'kysely';

/** Free-text search over claim name, domain, tenant ID and customer name, indexed by trigrams. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create extension if not exists pg_trgm;
-- The directory's name for the tenant, copied when the tenant ID resolves, so a list needs no join.
alter table claims add column customer_name text;
alter table claims add column search_text text generated always as (
  lower(coalesce(name, '') || ' ' || coalesce(customer_domain, '') || ' ' || coalesce(customer_tenant_id, '') || ' ' || coalesce(customer_name, ''))
) stored;
create index claims_search_trgm_idx on claims using gin (search_text gin_trgm_ops);
create index claims_org_name_idx on claims (organisation_id, lower(coalesce(name, '')), id) where deleted_at is null;
`,
    )
    .execute(db);
}
