import type { EventType } from '@associa/contracts';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { isEventTypeAllowedFor } from './webhook-policies';

/** A partner's endpoint subscribing to a vendor-only type (imports) is a 400 naming the type. */
export function assertEventTypesAllowed(actor: Actor, types: readonly EventType[]): void {
  const refused = types.filter((t) => !isEventTypeAllowedFor(actor, t));
  if (refused.length) {
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'Some event types are only for the vendor.',
      refused.map((t) => ({ path: `eventTypes.${types.indexOf(t)}`, code: 'EVENT_TYPE_NOT_ALLOWED', message: `${t} is sent to vendor endpoints only.` })),
    );
  }
}
