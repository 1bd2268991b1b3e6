import type { Locale, OrganisationKind, PartnerStatus, Role } from '@associa/contracts';
import type { Db } from '../../db/client';

/** Who is making a request, resolved once per request from a session cookie or an API token. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** A SUSPENDED partner's staff keep reading but pursue no claims; the vendor is always ACTIVE. */
  organisationStatus: PartnerStatus;
  via: 'session' | 'token';
  /** The API token's name when the request came with one: the access log names it. */
  tokenName?: string;
  csrfToken: string | null;
};

/** The user and organisation columns an actor is made of, for queries joining `users as u` and `organisations as o`. */
export const ACTOR_COLUMNS = [
  'u.id as userId',
  'u.email',
  'u.name',
  'u.role',
  'u.locale',
  'o.id as organisationId',
  'o.name as organisationName',
  'o.kind as organisationKind',
  'o.status as organisationStatus',
] as const;

/** Loads the actor fields for a user id; the caller has already authenticated the user. */
export async function findActorFields(db: Db, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(ACTOR_COLUMNS)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
