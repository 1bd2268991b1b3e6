import type { ListEventsQuery, ListEventsResponse } from '@associa/contracts';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { readsAllEvents } from './event-policies';
import { presentEvent } from './present-event';

const CursorShape = z.tuple([z.string().regex(/^\d{1,19}$/)]);

/**
 * The event feed, oldest first, after the caller's cursor: a partner's staff see their own
 * organisation's events, vendor staff all. An event shows only once every transaction that began
 * before it has ended, so a reader never moves its cursor past an event still being committed.
 */
export async function listEvents({ db, actor, input }: { db: Db; actor: Actor; input: ListEventsQuery }): Promise<ListEventsResponse> {
  const after = input.cursor ? decodeCursor(input.cursor, CursorShape)[0] : '0';
  let query = db
    .selectFrom('events')
    .select(['id', 'type', 'occurred_at', 'data'])
    .where('id', '>', after)
    // Ids are taken in insert order, not commit order: wait until no older transaction is running.
    .where(sql<boolean>`txid < pg_snapshot_xmin(pg_current_snapshot())`);
  if (!readsAllEvents(actor)) query = query.where('partner_organisation_id', '=', actor.organisationId);
  if (input.type?.length) query = query.where('type', 'in', input.type);
  const rows = await query.orderBy('id').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentEvent),
    nextCursor: last ? encodeCursor([String(last.id)]) : (input.cursor ?? null),
    hasMore: rows.length > input.limit,
  };
}
