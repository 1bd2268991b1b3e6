import type { EventType } from '@associa/contracts';
import type { TextKey } from '../list-page/list-page-types';

/** Each event type's name in words, for the event picker and the endpoint list (the type's code is shown beside it). */
export const EVENT_TYPE_KEYS = {
  'claim.status_changed': 'webhooks.eventTypes.claimStatusChanged',
  'association.started': 'webhooks.eventTypes.associationStarted',
  'association.ended': 'webhooks.eventTypes.associationEnded',
  'consent.answered': 'webhooks.eventTypes.consentAnswered',
  'import.finished': 'webhooks.eventTypes.importFinished',
} as const satisfies Record<EventType, TextKey>;
