import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { loadCorrectedClaimFields } from '../claims/corrected-claim-fields';

/** A customer contact as the consent messages address them. */
export type CustomerContact = { name: string | null; email: string };

/**
 * The customer contact and, when the claim has one (Business Applications), the technical
 * contact, as last corrected in a response; one entry per address.
 */
export async function claimCustomerContacts(trx: Kysely<Database>, claimId: string): Promise<CustomerContact[]> {
  const fields = await loadCorrectedClaimFields(trx, claimId);
  const contacts = new Map<string, CustomerContact>();
  for (const c of [fields.customerContact, fields.customerTechnicalContact]) {
    const email = c?.email?.toLowerCase();
    if (email && !contacts.has(email)) contacts.set(email, { name: c?.name ?? null, email });
  }
  return [...contacts.values()];
}
