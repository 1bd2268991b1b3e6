import type { MeResponse } from '@associa/contracts';
import type { Actor } from './actor';
import { allowedActionsFor } from './policies';

/** The `GET /me` and login answer for an actor. */
export function presentMe(actor: Actor): MeResponse {
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, role: actor.role, locale: actor.locale },
    organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind, status: actor.organisationStatus },
    allowedActions: allowedActionsFor(actor),
    csrfToken: actor.csrfToken,
  };
}
