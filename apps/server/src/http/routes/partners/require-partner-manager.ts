import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../../lib/errors';
import type { Actor } from '../../../modules/users/actor';
import { canManagePartners } from '../../../modules/users/policies';
import { requireActor } from '../../auth';

/** Every partner-management route is the program admin's: 401 without a caller, 403 for anyone else. */
export function requirePartnerManager(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (!canManagePartners(actor)) throw forbidden('Partner organisations are managed by program admins.');
  return actor;
}
