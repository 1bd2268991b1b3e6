import { Limits, type Locale } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { generateSecret, hashSecret } from '../../lib/secrets';

const DAY_MS = 86_400_000;

/**
 * Issues a customer page link: 256 random bits, only the SHA-256 stored, scoped to one tenant (no
 * claim), good for `Limits.customerLinkDays` and for as many visits as the customer likes.
 */
export async function createTenantLink(trx: Kysely<Database>, link: { tenantId: string; email: string; locale: Locale; emailId: string | null; now: Date }): Promise<string> {
  const token = generateSecret();
  await trx
    .insertInto('customer_links')
    .values({
      token_hash: hashSecret(token),
      claim_id: null,
      tenant_id: link.tenantId,
      purpose: 'TENANT',
      contact_email: link.email,
      locale: link.locale,
      email_id: link.emailId,
      expires_at: new Date(link.now.getTime() + Limits.customerLinkDays * DAY_MS),
    })
    .execute();
  return token;
}

/** The web page a customer page link opens. */
export function tenantLinkUrl(base: string, token: string): string {
  return `${base}/customer/${token}`;
}

/** The tenant link a token stands for: unknown or forged → 404, past its 30 days → 410. */
export async function findTenantLink(db: Kysely<Database>, token: string, now: Date, { forUpdate = false } = {}) {
  let q = db
    .selectFrom('customer_links')
    .select(['id', 'tenant_id', 'contact_email', 'locale', 'expires_at'])
    .where('token_hash', '=', hashSecret(token))
    .where('purpose', '=', 'TENANT')
    .where('tenant_id', 'is not', null)
    .$narrowType<{ tenant_id: string; expires_at: Date }>();
  if (forUpdate) q = q.forUpdate();
  const link = await q.executeTakeFirst();
  if (!link) throw new AppError(404, 'CUSTOMER_LINK_INVALID', 'This link is not valid. Check that you opened the whole link from the e-mail.');
  if (now.getTime() > link.expires_at.getTime()) {
    throw new AppError(410, 'CUSTOMER_LINK_EXPIRED', 'This link has expired. Ask for a new one on the customer page; it is sent to your address.');
  }
  return link;
}

/** A found, valid tenant link. */
export type TenantLink = Awaited<ReturnType<typeof findTenantLink>>;
