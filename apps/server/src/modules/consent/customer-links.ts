import type { ConsentLinkPurpose, Locale } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { generateSecret, hashSecret } from '../../lib/secrets';

/** The placeholder a stored message body holds where its personal link goes when it is sent. */
export const LINK_PLACEHOLDER = '{{customer-link}}';
/** The placeholder of a second link, to the tenant's customer page, made at send time like the first. */
export const TENANT_LINK_PLACEHOLDER = '{{tenant-link}}';

/**
 * Issues a customer link: 256 random bits, of which only the SHA-256 is stored, good for one
 * claim and one purpose, expiring with the consent window (revoke links live as long as the association).
 */
export async function createCustomerLink(
  trx: Kysely<Database>,
  link: { claimId: string; purpose: ConsentLinkPurpose; email: string; name: string | null; locale: Locale; emailId: string | null; expiresAt: Date | null },
): Promise<string> {
  const token = generateSecret();
  await trx
    .insertInto('customer_links')
    .values({
      token_hash: hashSecret(token),
      claim_id: link.claimId,
      purpose: link.purpose,
      contact_email: link.email,
      contact_name: link.name,
      locale: link.locale,
      email_id: link.emailId,
      expires_at: link.expiresAt,
    })
    .execute();
  return token;
}

/** The web page a customer link opens. */
export function customerLinkUrl(base: string, token: string): string {
  return `${base}/consent/${token}`;
}

/** Fills a stored body's link placeholder (or the tenant link's) with a fresh link. */
export function withLink(body: string, url: string, placeholder = LINK_PLACEHOLDER): string {
  return body.replaceAll(placeholder, url);
}
