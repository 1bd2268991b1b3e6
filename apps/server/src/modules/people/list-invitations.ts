import type { Invitation, ListInvitationsQuery } from '@associa/contracts';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { selectInvitations } from './invitation-rows';
import { peopleScopeOf } from './people-policies';
import { presentInvitation } from './present-invitation';

const CursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

/** Invitations newest first, for the Users page: a partner admin's own organisation's, a program admin's everyone's. */
export async function listInvitations({ db, clock, actor, input }: { db: Db; clock: Clock; actor: Actor; input: ListInvitationsQuery }): Promise<{ items: Invitation[]; nextCursor: string | null }> {
  const now = clock.now();
  let query = selectInvitations(db);
  const scope = peopleScopeOf(actor);
  if (scope) query = query.where('i.organisation_id', '=', scope);
  if (input.organisationId) query = query.where('i.organisation_id', '=', input.organisationId);
  if (input.status === 'ACCEPTED') query = query.where('i.accepted_at', 'is not', null);
  if (input.status === 'REVOKED') query = query.where('i.revoked_at', 'is not', null);
  if (input.status === 'PENDING' || input.status === 'EXPIRED') {
    query = query.where('i.accepted_at', 'is', null).where('i.revoked_at', 'is', null).where('i.expires_at', input.status === 'PENDING' ? '>' : '<=', now);
  }
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, CursorShape);
    query = query.where((eb) => eb.or([eb('i.created_at', '<', new Date(at)), eb.and([eb('i.created_at', '=', new Date(at)), eb('i.id', '<', id)])]));
  }
  const rows = await query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => presentInvitation(r, now)),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
  };
}
