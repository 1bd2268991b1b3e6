import type { WebhookEndpoint } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { getWebhookForActor, webhookQuery } from './find-webhook';
import { presentWebhook } from './present-webhook';

/** The caller's organisation's endpoints, oldest first (there are at most a handful). */
export async function listWebhooks({ db, clock, actor }: { db: Db; clock: Clock; actor: Actor }): Promise<WebhookEndpoint[]> {
  const rows = await webhookQuery(db).where('w.organisation_id', '=', actor.organisationId).orderBy('w.created_at').orderBy('w.id').execute();
  const now = clock.now();
  return rows.map((r) => presentWebhook(r, now));
}

/** One of the caller's organisation's endpoints; 404 for anyone else's. */
export async function getWebhook({ db, clock, actor, id }: { db: Db; clock: Clock; actor: Actor; id: string }): Promise<WebhookEndpoint> {
  return presentWebhook(await getWebhookForActor(db, actor, id), clock.now());
}
