import { WebhookLimits, type WebhookWithSecret } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import type { Actor } from '../users/actor';
import { getWebhookForActor, webhookQuery } from './find-webhook';
import { presentWebhook } from './present-webhook';
import { generateWebhookSecret } from './webhook-secret';

/**
 * A new signing secret, shown once. The old one keeps signing beside it for 24 hours so the
 * receiver can switch without losing a message; a second rotation in that time drops the oldest.
 */
export async function rotateWebhookSecret({ db, clock, actor, id }: { db: Db; clock: Clock; actor: Actor; id: string }): Promise<WebhookWithSecret> {
  const now = clock.now();
  const secret = generateWebhookSecret();
  return db.transaction().execute(async (trx) => {
    const current = await getWebhookForActor(trx, actor, id, { forUpdate: true });
    await trx
      .updateTable('webhook_endpoints')
      .set({ secret, previous_secret: current.secret, previous_secret_expires_at: new Date(now.getTime() + WebhookLimits.previousSecretHours * 3_600_000), updated_at: now })
      .where('id', '=', id)
      .execute();
    return { ...presentWebhook(await webhookQuery(trx).where('w.id', '=', id).executeTakeFirstOrThrow(), now), secret };
  });
}
