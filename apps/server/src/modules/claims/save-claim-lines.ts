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

/** Re-derives the programs column from the claim's solution area and activities (for lists and filters). */
export async function refreshClaimPrograms(trx: Kysely<Database>, claimId: string): Promise<void> {
  await sql`update claims c set programs = coalesce((
      select array_agg(distinct r.program_code order by r.program_code) from program_rules r
      where r.solution_area = c.solution_area and r.activity = any(c.activities)), '{}')
    where c.id = ${claimId}`.execute(trx);
}
