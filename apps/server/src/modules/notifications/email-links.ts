import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboundEmailsTable } from '../../db/schema';
import { createCustomerLink, customerLinkUrl, TENANT_LINK_PLACEHOLDER, withLink } from '../consent/customer-links';
import { createTenantLink, tenantLinkUrl } from '../customer/tenant-links';
import { issueAccountLink } from '../people/account-links';

/** What a stored message says about the personal link its body's placeholder stands for. */
export type EmailLinkFields = Pick<Selectable<OutboundEmailsTable>, 'id' | 'claim_id' | 'to_address' | 'locale' | 'link_purpose' | 'link_ref' | 'link_expires_at'>;

/**
 * Makes the personal link of one message when it is sent (or written to the outbox without SMTP):
 * a customer's consent, revoke or customer page link, or an account's invitation or reset link. Null when the
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
  if (purpose === 'TENANT' && email.link_ref) {
    return tenantLinkUrl(baseUrl, await createTenantLink(trx, { tenantId: email.link_ref, email: email.to_address, locale: email.locale, emailId: email.id, now }));
  }
  if ((purpose === 'INVITATION' || purpose === 'PASSWORD_RESET') && email.link_ref) {
    return issueAccountLink(trx, { purpose, ref: email.link_ref, emailId: email.id, now, baseUrl });
  }
  return null;
}

/**
 * A stored body with its personal links made now: the message's own link, and (in the activation
 * e-mail) the customer page link of the claim's tenant. Null when the message's own link has
 * nothing left to open.
 */
export async function fillEmailLinks(
  trx: Kysely<Database>,
  { email, body, contactName = null, now, baseUrl }: { email: EmailLinkFields; body: string; contactName?: string | null; now: Date; baseUrl: string },
): Promise<string | null> {
  const url = await issueEmailLink(trx, { email, contactName, now, baseUrl });
  if (url === null) return null;
  let text = withLink(body, url);
  if (text.includes(TENANT_LINK_PLACEHOLDER) && email.claim_id) {
    const claim = await trx.selectFrom('claims').select('tenant_id').where('id', '=', email.claim_id).executeTakeFirst();
    const tenantUrl = claim?.tenant_id ? tenantLinkUrl(baseUrl, await createTenantLink(trx, { tenantId: claim.tenant_id, email: email.to_address, locale: email.locale, emailId: email.id, now })) : '';
    text = withLink(text, tenantUrl, TENANT_LINK_PLACEHOLDER);
  }
  return text;
}
