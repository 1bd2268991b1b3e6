import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Contact = { name?: string; title?: string; email?: string } | null;
/** The fields a response may correct, as they stand: the original with every correction laid over it. */
export type CorrectedClaimFields = { name: string | null; customerContact: Contact; customerTechnicalContact: Contact; partnerContact: Contact; revenue: unknown };

/** Lays each revision's corrections, oldest first, over the claim as submitted (which itself stays unchanged). */
export function applyCorrections(
  original: { name: string | null; customer_contact: unknown; customer_technical_contact: unknown; partner_contact: unknown; revenue: unknown },
  revisions: { corrections: unknown }[],
): CorrectedClaimFields {
  return revisions.reduce<CorrectedClaimFields>((acc, r) => ({ ...acc, ...(r.corrections as Partial<CorrectedClaimFields>) }), {
    name: original.name,
    customerContact: original.customer_contact as Contact,
    customerTechnicalContact: original.customer_technical_contact as Contact,
    partnerContact: original.partner_contact as Contact,
    revenue: original.revenue,
  });
}

/** Reads a claim's correctable fields as they stand now, for messages addressed to its contacts. */
export async function loadCorrectedClaimFields(db: Kysely<Database>, claimId: string): Promise<CorrectedClaimFields> {
  const [claim, revisions] = await Promise.all([
    db.selectFrom('claims').select(['name', 'customer_contact', 'customer_technical_contact', 'partner_contact', 'revenue']).where('id', '=', claimId).executeTakeFirstOrThrow(),
    db.selectFrom('claim_revisions').select('corrections').where('claim_id', '=', claimId).orderBy('revision').execute(),
  ]);
  return applyCorrections(claim, revisions);
}
