import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isSuspendedPartner } from '../users/policies';

/**
 * Called before a partner pursues a claim (create, save, submit, documents, respond, dispute): a
 * suspended partner keeps everything and may read it, withdraw or comment, but files nothing new.
 */
export function assertPartnerActive(actor: Actor): void {
  if (isSuspendedPartner(actor)) {
    throw new AppError(
      403,
      'PARTNER_SUSPENDED',
      `${actor.organisationName} is suspended from the partner programs: claims can't be created, edited or submitted until the program reactivates it. Everything you have is kept and can still be read.`,
    );
  }
}
