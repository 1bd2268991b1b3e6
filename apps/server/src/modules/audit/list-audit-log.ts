import type { AuditEntry, ListAuditQuery } from '@associa/contracts';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import { z } from 'zod';

const CursorShape = z.tuple([z.string(), z.string()]);

/** The audit log, newest first, for the program admin (the route checks who may read it). */
export async function listAuditLog({ db, input }: { db: Db; input: ListAuditQuery }): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let query = db.selectFrom('audit_log').selectAll();
  if (input.action) query = query.where('action', '=', input.action);
  if (input.organisationId) query = query.where('target_organisation_id', '=', input.organisationId);
  if (input.actorUserId) query = query.where('actor_user_id', '=', input.actorUserId);
  if (input.from) query = query.where('occurred_at', '>=', new Date(input.from));
  if (input.to) query = query.where('occurred_at', '<', new Date(input.to));
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, CursorShape);
    query = query.where((eb) => eb.or([eb('occurred_at', '<', new Date(at)), eb.and([eb('occurred_at', '=', new Date(at)), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      occurredAt: r.occurred_at.toISOString(),
      actor: { type: r.actor_type, userId: r.actor_user_id, name: r.actor_name, organisationId: r.actor_organisation_id },
      action: r.action as AuditEntry['action'],
      target: { type: r.target_type, id: r.target_id, label: r.target_label, organisationId: r.target_organisation_id },
      details: (r.details ?? {}) as Record<string, unknown>,
      ip: r.ip,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.occurred_at.toISOString(), String(last.id)]) : null,
  };
}
