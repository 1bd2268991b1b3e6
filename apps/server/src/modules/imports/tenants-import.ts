import { COUNTRY_CODES } from '@associa/contracts';
import { recordClaimEvent } from '../claims/record-claim-event';
import { countChanges, type ImportKindSpec } from './import-kind';
import { guidProblem, guidValue, problem, problemArray } from './import-sql';

// The codes are two capital letters each, from the runtime's own data: safe to write into the SQL.
const COUNTRY_ARRAY = `array[${COUNTRY_CODES.map((c) => `'${c}'`).join(',')}]`;
const DOMAIN_RE = `'^[a-z0-9.-]+\\.[a-z]{2,}$'`;

/**
 * Customer tenants with their full set of verified domains. A domain may move from one tenant to
 * another only when this file also lists the old tenant without it; open claims that used the old
 * pair get a finding the reviewer sees, and new claims on it fail DOMAIN_TENANT_MISMATCH.
 */
export const tenantsImport: ImportKindSpec = {
  kind: 'tenants',
  async check({ client, isGuid }) {
    await client.query(`create temp table zones on commit drop as select name from pg_timezone_names where name !~ '^(posix|right)/'`);
    // Typed once into a table of its own: the checks, joins and duplicate keys below read the values many times.
    await client.query(`
create temp table typed on commit drop as
select s.line, s.raw, s.tenant_id as tenant_raw, trim(s.name) as name, upper(s.country) as country, s.time_zone, s.domains as domains_raw,
  ${guidValue(isGuid, 'tenant_id')} as tenant_id,
  coalesce((select array_agg(distinct d order by d) from unnest(string_to_array(lower(s.domains), ';')) as x(raw), trim(x.raw) as d where d <> ''), '{}') as domains
from stage s`);
    await client.query('analyze typed');
    await client.query(
      `
create temp table first_pass on commit drop as
select t.*, ${problemArray([
        guidProblem(isGuid, 'tenant_id', 't.tenant_raw'),
        problem('t.tenant_id is not null and count(*) over (partition by t.tenant_id) > 1', 'tenant_id', 'DUPLICATE_KEY'),
        problem('t.name is null', 'name', 'REQUIRED'),
        problem('length(t.name) > 200', 'name', 'TOO_LONG'),
        problem('t.country is null', 'country', 'REQUIRED'),
        problem(`t.country is not null and not (t.country = any(${COUNTRY_ARRAY}))`, 'country', 'INVALID_COUNTRY'),
        problem('t.time_zone is null', 'time_zone', 'REQUIRED'),
        problem('t.time_zone is not null and not exists (select 1 from zones z where z.name = t.time_zone)', 'time_zone', 'INVALID_TIME_ZONE'),
        problem('cardinality(t.domains) = 0', 'domains', 'REQUIRED'),
        problem(`exists (select 1 from unnest(t.domains) d where d !~ ${DOMAIN_RE} or length(d) > 253)`, 'domains', 'INVALID_DOMAIN'),
      ])} as problems
from typed t`,
    );
    // Domain ownership needs the other rows' verdicts: a domain is listed twice, or it belongs to
    // a tenant that this file does not validly list without it.
    await client.query(`
create temp table file_domains on commit drop as
select f.line, f.tenant_id, d as domain from first_pass f, unnest(f.domains) d where cardinality(f.problems) = 0`);
    await client.query('analyze file_domains');
    await client.query(`
create temp table checked on commit drop as
select f.*, f.problems || ${problemArray([
      problem('exists (select 1 from file_domains o, unnest(f.domains) d where o.domain = d and o.line <> f.line)', 'domains', 'DUPLICATE_DOMAIN'),
      problem(
        `exists (select 1 from unnest(f.domains) d join tenant_domains td on td.domain = d
           where td.tenant_id <> f.tenant_id and not exists (select 1 from first_pass o where o.tenant_id = td.tenant_id and cardinality(o.problems) = 0))`,
        'domains',
        'DOMAIN_OF_OTHER_TENANT',
      ),
    ])} as problems2
from first_pass f`);
    await client.query('alter table checked drop column problems');
    await client.query('alter table checked rename column problems2 to problems');
  },
  async merge({ client, trx, importId, now, dryRun }) {
    await client.query(`
create temp table valid on commit drop as
select c.tenant_id, c.name, c.country, c.time_zone, c.domains,
  case when t.tenant_id is null then 'I'
    when (t.name, t.country, t.time_zone) is distinct from (c.name, c.country, c.time_zone)
      or c.domains is distinct from (select coalesce(array_agg(td.domain order by td.domain), '{}') from tenant_domains td where td.tenant_id = c.tenant_id) then 'U'
    else 'S' end as change
from checked c left join customer_tenants t on t.tenant_id = c.tenant_id
where cardinality(c.problems) = 0`);
    const counts = await countChanges(client);
    if (dryRun) return counts;
    await client.query(
      `insert into customer_tenants (tenant_id, name, country, time_zone, updated_at)
       select tenant_id, name, country, time_zone, $1 from valid where change <> 'S'
       on conflict (tenant_id) do update set name = excluded.name, country = excluded.country, time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
      [now],
    );
    // Domains moving to another tenant in this file: remember them before they move.
    await client.query(`
create temp table moved on commit drop as
select td.domain, td.tenant_id as from_tenant, v.tenant_id as to_tenant
from valid v, unnest(v.domains) d join tenant_domains td on td.domain = d where td.tenant_id <> v.tenant_id`);
    await client.query(`delete from tenant_domains td using valid v where td.tenant_id = v.tenant_id and v.change = 'U' and not (td.domain = any(v.domains))`);
    await client.query(
      `insert into tenant_domains (domain, tenant_id, is_initial)
       select d, v.tenant_id, d like '%.onmicrosoft.com' from valid v, unnest(v.domains) d where v.change <> 'S'
       on conflict (domain) do update set tenant_id = excluded.tenant_id, is_initial = excluded.is_initial`,
    );
    // Open claims on a pair the directory no longer has: a finding in their history for the reviewer.
    const affected = await client.query<{ id: string; domain: string; from_tenant: string; to_tenant: string }>(
      `select c.id, m.domain, m.from_tenant, m.to_tenant from moved m join claims c on c.customer_domain = m.domain and c.tenant_id = m.from_tenant
       where c.status in ('UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED', 'CUSTOMER_CONSENT')`,
    );
    for (const c of affected.rows) {
      const message = `Directory import ${importId} moved ${c.domain} from tenant ${c.from_tenant} to tenant ${c.to_tenant}.`;
      await recordClaimEvent(trx, { claimId: c.id, by: { type: 'SYSTEM' }, at: now, event: { type: 'VALIDATION_FINDINGS', valid: false, problems: [{ path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH', message }] } });
    }
    return counts;
  },
};
