import type { ListPartnersQuery, ListPartnersResponse } from '@associa/contracts';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { CUSTOM_PLAN } from '../../db/prepared-statements';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from '../../lib/cursor';
import { selectPartnerSummaries } from './partner-queries';
import { presentPartnerSummary } from './present-partner';

const CursorShape = z.tuple([z.string(), z.uuid()]);

/** The program admin's partner list: by name or any location's MPN ID, by status, a page at a time by name. */
export async function listPartners({ db, input }: { db: Db; input: ListPartnersQuery }): Promise<ListPartnersResponse> {
  let q = selectPartnerSummaries(db);
  const term = input.q?.trim().toLowerCase();
  if (term) {
    const pattern = likeContains(term);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(o.name)`, 'like', pattern),
        eb.exists(eb.selectFrom('partner_locations as l').select(sql`1`.as('one')).whereRef('l.organisation_id', '=', 'o.id').where('l.mpn_id', 'like', pattern)),
      ]),
    );
  }
  if (input.status) q = q.where('o.status', '=', input.status);
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor, CursorShape);
    q = q.where(sql<boolean>`(lower(o.name), o.id) > (${name}, ${id}::uuid)`);
  }
  const ordered = q.orderBy(sql`lower(o.name)`).orderBy('o.id').limit(pageLimit(input.limit + 1));
  const rows = await (term ? ordered.modifyEnd(CUSTOM_PLAN) : ordered).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentPartnerSummary),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sort_name, last.id]) : null,
  };
}
