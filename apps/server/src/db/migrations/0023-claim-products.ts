import { type Kysely, sql } from 'kysely';

/*
 * A claim's product codes on its own row (`claims.products`, in line order), so the claims list
 * reads them in-row instead of running a subquery on claim_lines per listed claim, and the product
 * filter tests the rows it walks in-row (see list-claims.ts).
 * - The column follows claim_lines through statement-level triggers (one per event: PostgreSQL
 *   allows transition tables only on single-event triggers) that recompute it for the claims the
 *   statement touched, so every writer stays right without knowing about it. A session with
 *   `session_replication_role = replica` (bulk seeding) skips them and must fill the column itself.
 * - A GIN index on it, for the vendor-wide lists in sorts that no btree index serves.
 * - The lists order by (updated_at desc, id desc): claims_org_updated_idx is made again with id
 *   descending, so a page stops after its rows instead of reading (and sorting) every claim that
 *   shares one updated_at (a bulk upload's, a sweep's); the vendor's list (every submitted claim)
 *   gets the same index without the organisation, where it read the whole table (0.9 s at 1M).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
alter table claims add column products text[] not null default '{}';

update claims c set products = l.products
from (select claim_id, array_agg(product_code order by position) as products from claim_lines group by claim_id) l
where c.id = l.claim_id;

create index claims_products_idx on claims using gin (products);
drop index claims_org_updated_idx;
create index claims_org_updated_idx on claims (organisation_id, updated_at desc, id desc) where deleted_at is null;
create index claims_submitted_updated_idx on claims (updated_at desc, id desc) where deleted_at is null and status <> 'DRAFT';

-- Recomputes the products of the claims p_ids (distinct), writing only the rows whose value changed.
create function associa_claim_products_sync(p_ids uuid[]) returns void language sql as $$
  update claims c set products = x.products
  from (
    select a.id, coalesce(array_agg(cl.product_code order by cl.position) filter (where cl.id is not null), '{}') as products
    from unnest(p_ids) a (id) left join claim_lines cl on cl.claim_id = a.id
    group by a.id
  ) x
  where c.id = x.id and c.products is distinct from x.products;
$$;

create function associa_claim_lines_inserted() returns trigger language plpgsql as $$
begin
  perform associa_claim_products_sync(array(select distinct claim_id from new_lines));
  return null;
end $$;

create function associa_claim_lines_deleted() returns trigger language plpgsql as $$
begin
  perform associa_claim_products_sync(array(select distinct claim_id from old_lines));
  return null;
end $$;

-- Only the claims of lines whose claim, position or product changed (a chosen subscription doesn't count).
create function associa_claim_lines_updated() returns trigger language plpgsql as $$
declare
  v_ids uuid[];
begin
  select array_agg(claim_id) into v_ids from (
    select claim_id from (select id, claim_id, position, product_code from old_lines
                          except select id, claim_id, position, product_code from new_lines) gone
    union
    select claim_id from (select id, claim_id, position, product_code from new_lines
                          except select id, claim_id, position, product_code from old_lines) came
  ) changed;
  if v_ids is not null then perform associa_claim_products_sync(v_ids); end if;
  return null;
end $$;

create trigger claim_lines_products_insert after insert on claim_lines
  referencing new table as new_lines for each statement execute function associa_claim_lines_inserted();
create trigger claim_lines_products_delete after delete on claim_lines
  referencing old table as old_lines for each statement execute function associa_claim_lines_deleted();
create trigger claim_lines_products_update after update on claim_lines
  referencing old table as old_lines new table as new_lines for each statement execute function associa_claim_lines_updated();

-- TRUNCATE fires no delete triggers: with every line gone, every claim has no products.
create function associa_claim_lines_truncated() returns trigger language plpgsql as $$
begin
  update claims set products = '{}' where products <> '{}';
  return null;
end $$;
create trigger claim_lines_products_truncate after truncate on claim_lines for each statement execute function associa_claim_lines_truncated();
`,
    )
    .execute(db);
}
