import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { getWebhookForActor } from './find-webhook';

/** Removes an endpoint with its delivery log; queued deliveries to it are dropped when their job finds nothing. */
export async function deleteWebhook({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await getWebhookForActor(trx, actor, id, { forUpdate: true });
    await trx.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  });
}
