import { type ConsentLinkPurpose, Limits } from '@associa/contracts';
import type { Kysely, Selectable } from 'kysely';
import { generateSecret, hashSecret } from '../../lib/secrets';
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
    // A consent link lives as long as its window; a revoke link 30 days from sending (the customer page, asked for at /customer, revokes after that).
    const expiresAt = purpose === 'REVOKE' ? revokeLinkExpiry(now) : email.link_expires_at;
    const token = await createCustomerLink(trx, { claimId: email.claim_id, purpose, email: email.to_address, name: contactName, locale: email.locale, emailId: email.id, expiresAt });
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

/**
 * The batch variant of fillEmailLinks, for send jobs carrying many messages: customer consent and
 * revoke links and customer page links are issued with two multi-row inserts; any other kind of
 * link goes through fillEmailLinks. Answers each message's body (null: nothing left to open).
 */
export async function fillEmailLinksBatch(
  trx: Kysely<Database>,
  { emails, now, baseUrl }: { emails: (EmailLinkFields & { body_text: string })[]; now: Date; baseUrl: string },
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const customer = emails.filter((e) => (e.link_purpose === 'CONSENT' || e.link_purpose === 'REVOKE') && e.claim_id);
  for (const e of emails) if (!customer.includes(e)) out.set(e.id, e.link_purpose ? await fillEmailLinks(trx, { email: e, body: e.body_text, now, baseUrl }) : e.body_text);
  if (!customer.length) return out;
  const tokens = customer.map(() => generateSecret());
  await trx
    .insertInto('customer_links')
    .values(
      customer.map((e, i) => ({
        token_hash: hashSecret(tokens[i]!),
        claim_id: e.claim_id,
        purpose: e.link_purpose as ConsentLinkPurpose,
        contact_email: e.to_address,
        contact_name: null,
        locale: e.locale,
        email_id: e.id,
        expires_at: e.link_purpose === 'REVOKE' ? revokeLinkExpiry(now) : e.link_expires_at,
      })),
    )
    .execute();
  const withTenant = customer.filter((e) => e.body_text.includes(TENANT_LINK_PLACEHOLDER));
  const tenants = withTenant.length
    ? new Map((await trx.selectFrom('claims').select(['id', 'tenant_id']).where('id', 'in', withTenant.map((e) => e.claim_id!)).execute()).map((c) => [c.id, c.tenant_id]))
    : new Map<string, string | null>();
  const tenantTokens = new Map<string, string>();
  const tenantRows = withTenant.flatMap((e) => {
    const tenantId = tenants.get(e.claim_id!);
    if (!tenantId) return [];
    const token = generateSecret();
    tenantTokens.set(e.id, token);
    // As createTenantLink: scoped to the tenant, good for Limits.customerLinkDays.
    return [{ token_hash: hashSecret(token), claim_id: null, tenant_id: tenantId, purpose: 'TENANT' as const, contact_email: e.to_address, locale: e.locale, email_id: e.id, expires_at: new Date(now.getTime() + Limits.customerLinkDays * 86_400_000) }];
  });
  if (tenantRows.length) await trx.insertInto('customer_links').values(tenantRows).execute();
  customer.forEach((e, i) => {
    let text = withLink(e.body_text, customerLinkUrl(baseUrl, tokens[i]!));
    if (text.includes(TENANT_LINK_PLACEHOLDER)) {
      const token = tenantTokens.get(e.id);
      text = withLink(text, token ? tenantLinkUrl(baseUrl, token) : '', TENANT_LINK_PLACEHOLDER);
    }
    out.set(e.id, text);
  });
  return out;
}

/** A revoke link works as long as a customer page link; after that the customer asks for a fresh page link at /customer. */
function revokeLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + Limits.customerLinkDays * 86_400_000);
}
