import type { ListUsersQuery, ManagedUser } from '@associa/contracts';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { CUSTOM_PLAN } from '../../db/prepared-statements';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { presentManagedUser, selectManagedUsers } from './managed-user-rows';
import { peopleScopeOf } from './people-policies';

const CursorShape = z.tuple([z.string(), z.uuid()]);

/** The people an administrator manages, by name: a partner admin's own organisation, a program admin's everyone (filtered). */
export async function listUsers({ db, actor, input }: { db: Db; actor: Actor; input: ListUsersQuery }): Promise<{ items: ManagedUser[]; nextCursor: string | null }> {
  let query = selectManagedUsers(db);
  const scope = peopleScopeOf(actor);
  if (scope) query = query.where('u.organisation_id', '=', scope);
  if (input.organisationId) query = query.where('u.organisation_id', '=', input.organisationId);
  if (input.role) query = query.where('u.role', '=', input.role);
  if (input.active !== undefined) query = query.where('u.disabled_at', input.active ? 'is' : 'is not', null);
  if (input.q) {
    const term = likeContains(input.q);
    query = query.where((eb) => eb.or([eb('u.name', 'ilike', term), eb('u.email', 'ilike', term)]));
  }
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor, CursorShape);
    query = query.where((eb) => eb.or([eb('u.name', '>', name), eb.and([eb('u.name', '=', name), eb('u.id', '>', id)])]));
  }
  const ordered = query.orderBy('u.name').orderBy('u.id').limit(pageLimit(input.limit + 1));
  const rows = await (input.q ? ordered.modifyEnd(CUSTOM_PLAN) : ordered).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page.map(presentManagedUser), nextCursor: rows.length > input.limit && last ? encodeCursor([last.name, last.id]) : null };
}
