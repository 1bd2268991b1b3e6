import { type ClaimEventData, ClaimEventDataSchema } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../users/actor';

/** Who an event is attributed to: a signed-in user, the system (jobs), or a customer via a link. */
export type EventActor = { type: 'USER'; actor: Actor } | { type: 'SYSTEM' } | { type: 'CUSTOMER'; name: string };

/** A history entry's columns (its event already checked against ClaimEventDataSchema), for an insert of its own or inside a larger statement. */
export function claimEventRow({ claimId, by, event, at }: { claimId: string; by: EventActor; event: ClaimEventData; at: Date }) {
  return {
    claim_id: claimId,
    occurred_at: at,
    actor_type: by.type,
    actor_user_id: by.type === 'USER' ? by.actor.userId : null,
    actor_name: by.type === 'USER' ? by.actor.name : by.type === 'CUSTOMER' ? by.name : 'Associa',
    type: event.type,
    data: JSON.stringify(event),
  };
}

/** Appends one entry to a claim's history, in the caller's transaction; answers its id. */
export async function recordClaimEvent(
  trx: Kysely<Database>,
  { claimId, by, event, at }: { claimId: string; by: EventActor; event: ClaimEventData; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('claim_events')
    .values(claimEventRow({ claimId, by, at, event: ClaimEventDataSchema.parse(event) }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}
