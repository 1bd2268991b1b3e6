import { type EventType, VENDOR_ONLY_EVENT_TYPES } from '@associa/contracts';
import type { Actor } from '../users/actor';

/** Partner admins register their organisation's endpoints; program admins the vendor's (every organisation's events). */
export const canManageWebhooks = (actor: Actor) =>
  (actor.organisationKind === 'PARTNER' && actor.role === 'PARTNER_ADMIN') || (actor.organisationKind === 'VENDOR' && actor.role === 'PROGRAM_ADMIN');

/** The event types an actor's endpoints may subscribe to: partners never hear of the vendor's imports. */
export const isEventTypeAllowedFor = (actor: Actor, type: EventType) => actor.organisationKind === 'VENDOR' || !VENDOR_ONLY_EVENT_TYPES.includes(type);
