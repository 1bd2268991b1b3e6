import { LINK_PLACEHOLDER, TENANT_LINK_PLACEHOLDER } from '../consent/customer-links';
import type { OutboxEmail, OutboxQuery } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';

const CursorShape = z.tuple([z.string(), z.uuid()]);

/** Every message the system wrote, newest first: the outbox the program admin reads. */
export async function listOutbox({ db, query, relay }: { db: Db; query: OutboxQuery; relay: boolean }): Promise<{ items: OutboxEmail[]; nextCursor: string | null; relay: boolean }> {
  let q = db.selectFrom('outbound_emails').selectAll().select(sql<string>`created_at::text`.as('created_key'));
  if (query.claimId) q = q.where('claim_id', '=', query.claimId);
  if (query.state) q = q.where('state', '=', query.state);
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, CursorShape);
    q = q.where(sql<SqlBool>`(created_at, id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageLimit(query.limit + 1)).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((e) => ({
      id: e.id,
      claimId: e.claim_id,
      template: e.template,
      to: e.to_address,
      locale: e.locale,
      subject: e.subject,
      // A relayed message's personal link was made for its recipient only; the copy here never had it.
      body: e.body_text.replaceAll(LINK_PLACEHOLDER, '[personal link, sent to the recipient only]').replaceAll(TENANT_LINK_PLACEHOLDER, '[personal link, sent to the recipient only]'),
      state: e.state,
      attempts: e.attempts,
      lastError: e.last_error,
      createdAt: e.created_at.toISOString(),
      sentAt: e.sent_at?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_key, last.id]) : null,
    relay,
  };
}
