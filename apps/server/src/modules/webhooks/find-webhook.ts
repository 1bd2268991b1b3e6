import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import type { WebhookRow } from './present-webhook';

/** The endpoint queries' columns: the endpoint and its creator's name. */
export const webhookQuery = (db: Kysely<Database>) =>
  db.selectFrom('webhook_endpoints as w').leftJoin('users as u', 'u.id', 'w.created_by').selectAll('w').select('u.name as created_by_name');

/** One of the caller's organisation's endpoints (locked for a change when asked); another organisation's is a 404. */
export async function getWebhookForActor(db: Kysely<Database>, actor: Actor, id: string, { forUpdate = false } = {}): Promise<WebhookRow> {
  let query = webhookQuery(db).where('w.id', '=', id).where('w.organisation_id', '=', actor.organisationId);
  if (forUpdate) query = query.forUpdate('w');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('The webhook');
  return row;
}
