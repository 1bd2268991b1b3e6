import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A customer contact as the consent messages address them. */
export type CustomerContact = { name: string | null; email: string };

/**
 * The customer contact and, when the claim has one (Business Applications), the technical
 * contact, as last corrected in a response; one entry per address.
 */
export async function claimCustomerContacts(trx: Kysely<Database>, claimId: string): Promise<CustomerContact[]> {
  const claim = await trx.selectFrom('claims').select(['customer_contact', 'customer_technical_contact']).where('id', '=', claimId).executeTakeFirstOrThrow();
  const revisions = await trx.selectFrom('claim_revisions').select('corrections').where('claim_id', '=', claimId).orderBy('revision', 'desc').execute();
  type C = { name?: string; email?: string } | null | undefined;
  const latest = (field: 'customerContact' | 'customerTechnicalContact', original: unknown): C =>
    revisions.map((r) => (r.corrections as Record<string, C> | null)?.[field]).find(Boolean) ?? (original as C);
  const contacts = new Map<string, CustomerContact>();
  for (const c of [latest('customerContact', claim.customer_contact), latest('customerTechnicalContact', claim.customer_technical_contact)]) {
    if (c?.email && !contacts.has(c.email.toLowerCase())) contacts.set(c.email.toLowerCase(), { name: c.name ?? null, email: c.email.toLowerCase() });
  }
  return [...contacts.values()];
}
