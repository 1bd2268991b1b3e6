import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Replaces a claim's lines, keeping their order. */
export async function saveClaimLines(
  trx: Kysely<Database>,
  claimId: string,
  lines: { productCode: string; subscriptionId?: string | null; chosen?: 'PARTNER' | 'AUTOMATIC' | null }[],
): Promise<void> {
  await trx.deleteFrom('claim_lines').where('claim_id', '=', claimId).execute();
  if (!lines.length) return;
  await trx
    .insertInto('claim_lines')
    .values(
      lines.map((l, position) => ({
        claim_id: claimId,
        position,
        product_code: l.productCode,
        subscription_id: l.subscriptionId?.trim().toLowerCase() || null,
        subscription_chosen: l.subscriptionId ? (l.chosen ?? 'PARTNER') : null,
      })),
    )
    .execute();
}

/**
 * Re-derives what lists and filters read from a draft's fields: its programs (from solution area
 * and activities) and the directory tenant and customer name its tenant ID resolves to.
 */
export async function refreshClaimPrograms(trx: Kysely<Database>, claimId: string): Promise<void> {
  await sql`update claims c set
      programs = coalesce((
        select array_agg(distinct r.program_code order by r.program_code) from program_rules r
        where r.solution_area = c.solution_area and r.activity = any(c.activities)), '{}'),
      tenant_id = t.tenant_id,
      customer_name = t.name
    from (select 1) one
    left join customer_tenants t on t.tenant_id = (
      select case when c2.customer_tenant_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                  then c2.customer_tenant_id::uuid end
      from claims c2 where c2.id = ${claimId})
    where c.id = ${claimId}`.execute(trx);
}
