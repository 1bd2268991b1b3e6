import { SubscriptionChannelSchema, SubscriptionStateSchema } from '@associa/contracts';
import { countChanges, type ImportKindSpec } from './import-kind';
import { guidProblem, guidValue, problem, problemArray } from './import-sql';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const CHANNELS = list(SubscriptionChannelSchema.options);
const STATES = list(SubscriptionStateSchema.options);

/**
 * The directory's subscriptions. An expired one (state EXPIRED, or an end date already past) ends
 * its active associations through the subscription-expiry job, which names this import.
 */
export const subscriptionsImport: ImportKindSpec = {
  kind: 'subscriptions',
  async check({ client, isGuid }) {
    // Typed once into a table of its own: the checks, joins and duplicate keys below read the values many times.
    await client.query(`
create temp table typed on commit drop as
select s.line, s.raw, s.subscription_id as subscription_raw, s.tenant_id as tenant_raw, s.product_code,
  upper(s.channel) as channel, upper(s.state) as state, s.start_date as start_raw, s.end_date as end_raw,
  ${guidValue(isGuid, 'subscription_id')} as subscription_id,
  ${guidValue(isGuid, 'tenant_id')} as tenant_id,
  case when associa_is_date(s.start_date) then s.start_date::date end as start_date,
  case when associa_is_date(s.end_date) then s.end_date::date end as end_date
from stage s`);
    await client.query('analyze typed');
    await client.query(`
create temp table checked on commit drop as
select t.*, ${problemArray([
      guidProblem(isGuid, 'subscription_id', 't.subscription_raw'),
      guidProblem(isGuid, 'tenant_id', 't.tenant_raw'),
      problem('t.tenant_id is not null and ct.tenant_id is null', 'tenant_id', 'UNKNOWN_TENANT'),
      problem('existing.id is not null and existing.tenant_id <> t.tenant_id', 'tenant_id', 'SUBSCRIPTION_TENANT_CHANGED'),
      problem('t.product_code is null', 'product_code', 'REQUIRED'),
      problem('t.product_code is not null and p.code is null', 'product_code', 'UNKNOWN_PRODUCT'),
      problem('t.channel is null', 'channel', 'REQUIRED'),
      problem(`t.channel not in (${CHANNELS})`, 'channel', 'INVALID_CHANNEL'),
      problem('t.state is null', 'state', 'REQUIRED'),
      problem(`t.state not in (${STATES})`, 'state', 'INVALID_STATE'),
      problem('t.start_raw is null', 'start_date', 'REQUIRED'),
      problem('t.start_raw is not null and t.start_date is null', 'start_date', 'INVALID_DATE'),
      problem('t.end_raw is not null and t.end_date is null', 'end_date', 'INVALID_DATE'),
      problem('t.end_date < t.start_date', 'end_date', 'END_BEFORE_START'),
      problem('t.subscription_id is not null and count(*) over (partition by t.subscription_id) > 1', 'subscription_id', 'DUPLICATE_KEY'),
    ])} as problems
from typed t
left join customer_tenants ct on ct.tenant_id = t.tenant_id
left join products p on p.code = t.product_code
left join subscriptions existing on existing.id = t.subscription_id`);
  },
  async merge({ client, importId, today, now, dryRun }) {
    await client.query(`
create temp table valid on commit drop as
select c.subscription_id, c.tenant_id, c.product_code, c.channel, c.state, c.start_date, c.end_date,
  case when s.id is null then 'I'
    when (s.product_code, s.channel, s.state, s.start_date, s.end_date) is distinct from (c.product_code, c.channel, c.state, c.start_date, c.end_date) then 'U'
    else 'S' end as change
from checked c left join subscriptions s on s.id = c.subscription_id
where cardinality(c.problems) = 0`);
    const counts = await countChanges(client);
    if (dryRun) return counts;
    await client.query(
      `insert into subscriptions (id, tenant_id, product_code, channel, state, start_date, end_date, updated_at)
       select subscription_id, tenant_id, product_code, channel, state, start_date, end_date, $1 from valid where change <> 'S'
       on conflict (id) do update set product_code = excluded.product_code, channel = excluded.channel, state = excluded.state,
         start_date = excluded.start_date, end_date = excluded.end_date, updated_at = excluded.updated_at`,
      [now],
    );
    // Active associations on subscriptions this import expired end through the expiry path; the
    // job re-checks under lock, so a later import reviving the subscription first is respected.
    await client.query(
      `select graphile_worker.add_job('end-expired-subscription', json_build_object('associationId', a.id, 'importId', $1::uuid),
         job_key => 'end-expired-subscription:' || a.id)
       from associations a join valid v on v.subscription_id = a.subscription_id
       where a.status = 'ACTIVE' and v.change <> 'S' and (v.state = 'EXPIRED' or v.end_date < $2::date)`,
      [importId, today],
    );
    return counts;
  },
};
