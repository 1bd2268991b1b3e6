import { countChanges, type ImportKindSpec } from './import-kind';
import { guidProblem, guidValue, NIL_UUID, problem, problemArray } from './import-sql';

const INT = `'^[0-9]{1,9}$'`;

/** Monthly usage per tenant, product (and subscription): the figures associations unlock. */
export const usageImport: ImportKindSpec = {
  kind: 'usage',
  async check({ client, isGuid, isMonth }) {
    // Typed once into a table of its own: the checks, joins and duplicate keys below read the values many times.
    await client.query(`
create temp table typed on commit drop as
select s.line, s.raw, s.tenant_id as tenant_raw, s.product_code, s.subscription_id as subscription_raw, s.month as month_raw,
  s.licensed_seats as licensed_raw, s.active_users as active_raw,
  ${guidValue(isGuid, 'tenant_id')} as tenant_id,
  ${guidValue(isGuid, 'subscription_id')} as subscription_id,
  case when ${isMonth('s.month')} then (s.month || '-01')::date end as month,
  case when s.licensed_seats ~ ${INT} then s.licensed_seats::int end as licensed_seats,
  case when s.active_users ~ ${INT} then s.active_users::int end as active_users
from stage s`);
    await client.query('analyze typed');
    // Keys given more than once: a hash aggregate, far cheaper than sorting every row for a window.
    await client.query(`
create temp table duplicate_keys on commit drop as
select tenant_id, product_code, coalesce(subscription_id, '${NIL_UUID}') as subscription_key, month from typed
where tenant_id is not null and product_code is not null and month is not null
group by 1, 2, 3, 4 having count(*) > 1`);
    await client.query(`
create temp table checked on commit drop as
select t.*, ${problemArray([
      guidProblem(isGuid, 'tenant_id', 't.tenant_raw'),
      problem('t.tenant_id is not null and ct.tenant_id is null', 'tenant_id', 'UNKNOWN_TENANT'),
      problem('t.product_code is null', 'product_code', 'REQUIRED'),
      problem('t.product_code is not null and p.code is null', 'product_code', 'UNKNOWN_PRODUCT'),
      problem('t.subscription_raw is not null and t.subscription_id is null', 'subscription_id', 'INVALID_GUID'),
      problem('t.subscription_id is not null and sub.id is null', 'subscription_id', 'UNKNOWN_SUBSCRIPTION'),
      problem('sub.id is not null and (sub.tenant_id <> t.tenant_id or sub.product_code <> t.product_code)', 'subscription_id', 'SUBSCRIPTION_MISMATCH'),
      problem('t.month_raw is null', 'month', 'REQUIRED'),
      problem('t.month_raw is not null and t.month is null', 'month', 'INVALID_MONTH'),
      problem('t.licensed_raw is null', 'licensed_seats', 'REQUIRED'),
      problem('t.licensed_raw is not null and t.licensed_seats is null', 'licensed_seats', 'INVALID_INTEGER'),
      problem('t.active_raw is null', 'active_users', 'REQUIRED'),
      problem('t.active_raw is not null and t.active_users is null', 'active_users', 'INVALID_INTEGER'),
      problem('t.active_users > t.licensed_seats', 'active_users', 'ACTIVE_ABOVE_LICENSED'),
      problem('d.tenant_id is not null', 'month', 'DUPLICATE_KEY'),
    ])} as problems
from typed t
left join customer_tenants ct on ct.tenant_id = t.tenant_id
left join products p on p.code = t.product_code
left join subscriptions sub on sub.id = t.subscription_id
left join duplicate_keys d on d.tenant_id = t.tenant_id and d.product_code = t.product_code
  and d.subscription_key = coalesce(t.subscription_id, '${NIL_UUID}') and d.month = t.month`);
  },
  async merge({ client, importId, now, dryRun }) {
    await client.query(`
create temp table valid on commit drop as
select c.tenant_id, c.product_code, c.subscription_id, c.month, c.licensed_seats, c.active_users,
  case when u.id is null then 'I' when (u.licensed_seats, u.active_users) is distinct from (c.licensed_seats, c.active_users) then 'U' else 'S' end as change
from checked c
left join usage_records u on u.tenant_id = c.tenant_id and u.product_code = c.product_code
  and coalesce(u.subscription_id, '${NIL_UUID}') = coalesce(c.subscription_id, '${NIL_UUID}') and u.month = c.month
where cardinality(c.problems) = 0`);
    const counts = await countChanges(client);
    if (dryRun) return counts;
    // Imports of one kind take turns (run-import holds a lock), so new keys can be plain inserts.
    await client.query(
      `insert into usage_records (tenant_id, product_code, subscription_id, month, licensed_seats, active_users, import_id, updated_at)
       select tenant_id, product_code, subscription_id, month, licensed_seats, active_users, $1, $2 from valid where change = 'I'`,
      [importId, now],
    );
    await client.query(
      `update usage_records u set licensed_seats = v.licensed_seats, active_users = v.active_users, import_id = $1, updated_at = $2
       from valid v where v.change = 'U' and u.tenant_id = v.tenant_id and u.product_code = v.product_code
         and coalesce(u.subscription_id, '${NIL_UUID}') = coalesce(v.subscription_id, '${NIL_UUID}') and u.month = v.month`,
      [importId, now],
    );
    return counts;
  },
};
