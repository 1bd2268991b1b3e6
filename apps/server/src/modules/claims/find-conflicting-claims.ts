import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Other partners' claims that hold (ACTIVE) or target (open) one of this claim's exclusivity keys:
 * (program, tenant, workload) for workload programs, (program, subscription) for the others.
 */
export async function findConflictingClaims(db: Kysely<Database>, claimId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    select distinct o.id
    from claims c
    join claim_lines cl on cl.claim_id = c.id
    cross join lateral unnest(c.programs) as cp(program)
    join programs p on p.code = cp.program
    join claims o on o.tenant_id = c.tenant_id and o.organisation_id <> c.organisation_id and o.deleted_at is null
      and o.status = any(${sql.val([...OPEN_CLAIM_STATUSES, 'ACTIVE'])}::text[]) and cp.program = any(o.programs)
    join claim_lines ol on ol.claim_id = o.id
      and (case when p.exclusivity_unit = 'WORKLOAD' then ol.product_code = cl.product_code
                else ol.subscription_id is not null and ol.subscription_id = cl.subscription_id end)
    where c.id = ${claimId}`.execute(db);
  return rows.rows.map((r) => r.id);
}
