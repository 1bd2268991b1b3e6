import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../../lib/errors';
import type { Actor } from '../../../modules/users/actor';
import { canManageWebhooks } from '../../../modules/webhooks/webhook-policies';
import { requireActor } from '../../auth';

/** Every webhook route is for a partner admin (its organisation's) or a program admin (the vendor's): 401/403 otherwise. */
export function requireWebhookManager(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (!canManageWebhooks(actor)) throw forbidden('Webhooks are managed by partner administrators and program admins.');
  return actor;
}
