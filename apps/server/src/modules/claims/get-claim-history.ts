import { type ClaimEvent, ClaimEventDataSchema } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { getClaimForActor } from './find-claim-for-actor';

/** Reads one stored history entry back through the contract's union; the only parser of event JSON. */
export function parseClaimEventData(data: unknown) {
  return ClaimEventDataSchema.parse(data);
}

/** A claim's full history, oldest first. */
export async function getClaimHistory({ db, actor, claimId }: { db: Db; actor: Actor; claimId: string }): Promise<ClaimEvent[]> {
  await getClaimForActor(db, actor, claimId);
  const rows = await db
    .selectFrom('claim_events')
    .select(['id', 'occurred_at', 'actor_type', 'actor_name', 'data'])
    .where('claim_id', '=', claimId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    occurredAt: r.occurred_at.toISOString(),
    actor: { type: r.actor_type, name: r.actor_name },
    event: parseClaimEventData(r.data),
  }));
}
