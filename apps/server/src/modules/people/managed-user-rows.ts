import type { ManagedUser } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Users with their organisation and latest sign-in, for every query that presents one to administrators. */
export function selectManagedUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select((eb) => [
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.locale',
      'u.created_at',
      'u.disabled_at',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      // Sessions are the sign-ins; one ended by signing out or deactivation no longer counts.
      eb.selectFrom('sessions as s').select((s) => s.fn.max('s.created_at').as('at')).whereRef('s.user_id', '=', 'u.id').as('last_sign_in_at'),
    ]);
}

/** A row of `selectManagedUsers`. */
export type ManagedUserRow = Awaited<ReturnType<ReturnType<typeof selectManagedUsers>['executeTakeFirstOrThrow']>>;

/** A user as administrators see them. */
export function presentManagedUser(row: ManagedUserRow): ManagedUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    active: row.disabled_at === null,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    createdAt: row.created_at.toISOString(),
    deactivatedAt: row.disabled_at?.toISOString() ?? null,
    lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at).toISOString() : null,
  };
}
