import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { hashSecret } from '../../lib/secrets';
import { claimCustomerContacts } from './claim-customer-contacts';

/** The link a token stands for, with its claim's status; a forged or unknown token is a 404. */
export async function findCustomerLink(db: Kysely<Database>, token: string, { forUpdate = false } = {}) {
  let q = db
    .selectFrom('customer_links as l')
    .innerJoin('claims as c', 'c.id', 'l.claim_id')
    .select(['l.id', 'c.id as claim_id', 'l.purpose', 'l.contact_email', 'l.contact_name', 'l.locale', 'l.expires_at', 'l.used_at', 'l.used_action', 'c.status', 'c.consent_outcome', 'c.consent_closes_at'])
    .where('l.token_hash', '=', hashSecret(token))
    .where('c.deleted_at', 'is', null)
    .$narrowType<{ purpose: 'CONSENT' | 'REVOKE' }>();
  if (forUpdate) q = q.forUpdate('l');
  const link = await q.executeTakeFirst();
  if (!link) throw new AppError(404, 'CONSENT_LINK_INVALID', 'This link is not valid. Check that you opened the whole link from the e-mail.');
  return link;
}

/** A found customer link. */
export type CustomerLink = Awaited<ReturnType<typeof findCustomerLink>>;

/**
 * Whether a link may still be opened: a consent link only in its own window (it expires when that
 * window closes, and a newer window, after a dispute or corrected contacts, ends every earlier
 * link), a revoke link until it expires. Checked on every read and answer, so no path that opens
 * a window has to remember to end the old links.
 */
export function assertNotExpired(link: CustomerLink, now: Date): void {
  if (link.purpose === 'CONSENT' && link.expires_at && link.consent_closes_at && link.expires_at.getTime() < link.consent_closes_at.getTime()) {
    throw new AppError(410, 'CONSENT_LINK_SUPERSEDED', 'A newer request about this claim was e-mailed, so this earlier link no longer works. Use the link in the latest e-mail. Nothing was changed.');
  }
  if (link.purpose === 'CONSENT' && link.expires_at && now.getTime() > link.expires_at.getTime()) {
    throw new AppError(410, 'CONSENT_LINK_EXPIRED', 'The consent window for this request has closed, so this link no longer works. Nothing was changed.');
  }
  if (link.purpose === 'REVOKE' && link.expires_at && now.getTime() > link.expires_at.getTime()) {
    throw new AppError(410, 'REVOKE_LINK_EXPIRED', 'This link has expired. Ask for a fresh link to your customer page at /customer, where you can revoke the association. Nothing was changed.');
  }
}

/** A link that was used once (confirmed, opted out, revoked) answers as used, whatever the claim does later. */
export function assertUnused(link: CustomerLink): void {
  if (link.used_at) {
    throw new AppError(409, 'CONSENT_LINK_USED', `This link was already used (${(link.used_action ?? 'answered').toLowerCase().replace('_', ' ')} on ${link.used_at.toISOString().slice(0, 10)}); nothing was changed.`);
  }
}

/** Refused when the claim was already decided (by this customer, another contact, or the window closing). */
export function alreadyAnswered(): AppError {
  return new AppError(409, 'CONSENT_ALREADY_ANSWERED', 'This request was already answered; nothing was changed.');
}

/** The name of the contact a link was sent to, as the claim names them now (links made at send time carry only the address). */
export async function linkContactName(db: Kysely<Database>, link: CustomerLink): Promise<string | null> {
  if (link.contact_name) return link.contact_name;
  const contacts = await claimCustomerContacts(db, link.claim_id);
  return contacts.find((c) => c.email === link.contact_email.toLowerCase())?.name ?? null;
}
