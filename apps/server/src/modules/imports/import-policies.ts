import type { Actor } from '../users/actor';

/** The customer directory and usage are the vendor's data: only program admins import them. */
export const canManageImports = (actor: Actor) => actor.organisationKind === 'VENDOR' && actor.role === 'PROGRAM_ADMIN';
