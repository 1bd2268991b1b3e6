import type { Import, ListImportsQuery } from '@associa/contracts';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import { notFound } from '../../lib/errors';
import { presentImport } from './present-import';

const CursorShape = z.tuple([z.string(), z.string()]);

/** The import history, newest first (the route checks the caller may see it). */
export async function listImports({ db, input }: { db: Db; input: ListImportsQuery }): Promise<{ items: Import[]; nextCursor: string | null }> {
  let query = db.selectFrom('imports').selectAll();
  if (input.kind) query = query.where('kind', '=', input.kind);
  if (input.status) query = query.where('status', '=', input.status);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, CursorShape);
    query = query.where((eb) => eb.or([eb('created_at', '<', new Date(at)), eb.and([eb('created_at', '=', new Date(at)), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageLimit(input.limit + 1)).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page.map(presentImport), nextCursor: rows.length > input.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null };
}

/** One import with its progress and counts; 404 when unknown. */
export async function getImport({ db, id }: { db: Db; id: string }): Promise<Import> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The import');
  return presentImport(row);
}
