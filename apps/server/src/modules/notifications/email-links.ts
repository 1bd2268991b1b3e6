import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboundEmailsTable } from '../../db/schema';
import { createCustomerLink, customerLinkUrl } from '../consent/customer-links';
import { issueAccountLink } from '../people/account-links';

/** What a stored message says about the personal link its body's placeholder stands for. */
export type EmailLinkFields = Pick<Selectable<OutboundEmailsTable>, 'id' | 'claim_id' | 'to_address' | 'locale' | 'link_purpose' | 'link_ref' | 'link_expires_at'>;

/**
 * Makes the personal link of one message when it is sent (or written to the outbox without SMTP):
 * a customer's consent or revoke link, or an account's invitation or reset link. Null when the
 * message has none to carry any more (an account link that was used, revoked, expired or replaced).
 */
export async function issueEmailLink(
  trx: Kysely<Database>,
  { email, contactName = null, now, baseUrl }: { email: EmailLinkFields; contactName?: string | null; now: Date; baseUrl: string },
): Promise<string | null> {
  const purpose = email.link_purpose;
  if ((purpose === 'CONSENT' || purpose === 'REVOKE') && email.claim_id) {
    const token = await createCustomerLink(trx, { claimId: email.claim_id, purpose, email: email.to_address, name: contactName, locale: email.locale, emailId: email.id, expiresAt: email.link_expires_at });
    return customerLinkUrl(baseUrl, token);
  }
  if ((purpose === 'INVITATION' || purpose === 'PASSWORD_RESET') && email.link_ref) {
    return issueAccountLink(trx, { purpose, ref: email.link_ref, emailId: email.id, now, baseUrl });
  }
  return null;
}
