import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { StoredLine } from './claim-facts';

/** A line as the checks resolved it, to be stored. */
type LineToSave = { productCode: string; subscriptionId?: string | null; chosen?: 'PARTNER' | 'AUTOMATIC' | null };

/** The stored form of a line's subscription: trimmed, lower case, and who chose it. */
const storedSubscription = (l: LineToSave) => ({
  subscriptionId: l.subscriptionId?.trim().toLowerCase() || null,
  chosen: l.subscriptionId ? (l.chosen ?? 'PARTNER') : null,
});

/** Replaces a claim's lines, keeping their order. */
export async function saveClaimLines(trx: Kysely<Database>, claimId: string, lines: LineToSave[]): Promise<void> {
  await trx.deleteFrom('claim_lines').where('claim_id', '=', claimId).execute();
  if (!lines.length) return;
  await trx
    .insertInto('claim_lines')
    .values(
      lines.map((l, position) => {
        const { subscriptionId, chosen } = storedSubscription(l);
        return { claim_id: claimId, position, product_code: l.productCode, subscription_id: subscriptionId, subscription_chosen: chosen };
      }),
    )
    .execute();
}

/**
 * The stored lines whose subscription differs from the resolved line at the same position (the
 * same products in the same order), or null when the lines themselves differ.
 */
export function changedLineSubscriptions(stored: StoredLine[], resolved: LineToSave[]): StoredLine[] | null {
  if (stored.length !== resolved.length || stored.some((s, i) => s.productCode !== resolved[i]!.productCode)) return null;
  return stored.flatMap((s, i) => {
    const next = storedSubscription(resolved[i]!);
    return next.subscriptionId === s.subscriptionId && next.chosen === s.chosen ? [] : [{ ...s, ...next }];
  });
}

/**
 * Stores the subscriptions the checks resolved on a claim's lines (submit), rewriting only the
 * lines that changed, in place: one statement, or none when nothing changed.
 */
export async function storeResolvedLines(trx: Kysely<Database>, claimId: string, stored: StoredLine[], resolved: LineToSave[]): Promise<void> {
  const changed = changedLineSubscriptions(stored, resolved);
  if (!changed) return saveClaimLines(trx, claimId, resolved);
  if (!changed.length) return;
  await sql`update claim_lines l set subscription_id = v.subscription_id, subscription_chosen = v.subscription_chosen
    from json_to_recordset(${JSON.stringify(changed.map((c) => ({ id: c.id, subscription_id: c.subscriptionId, subscription_chosen: c.chosen })))}::json)
         as v (id uuid, subscription_id text, subscription_chosen text)
    where l.id = v.id and l.claim_id = ${claimId}::uuid`.execute(trx);
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
