import { IMPORT_PROBLEM_MESSAGES, type ImportProblemCode, type ImportRejection, type Locale } from '@associa/contracts';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';

const CursorShape = z.tuple([z.number().int()]);

/** A stored rejection with its problems' messages in the reader's language. */
function present(row: { line: number; row: unknown; problems: unknown }, locale: Locale): ImportRejection {
  const problems = (row.problems as { field: string; code: ImportProblemCode }[]).map((p) => ({ ...p, message: IMPORT_PROBLEM_MESSAGES[p.code]?.[locale] ?? p.code }));
  return { line: row.line, row: row.row as Record<string, unknown>, problems };
}

/** One page of an import's rejected rows, in file order. */
export async function listImportRejections({ db, importId, cursor, limit, locale }: { db: Db; importId: string; cursor?: string; limit: number; locale: Locale }) {
  let query = db.selectFrom('import_rejections').select(['line', 'row', 'problems']).where('import_id', '=', importId);
  if (cursor) query = query.where('line', '>', decodeCursor(cursor, CursorShape)[0]);
  const rows = await query.orderBy('line').limit(pageLimit(limit + 1)).execute();
  const page = rows.slice(0, limit);
  return { items: page.map((r) => present(r, locale)), nextCursor: rows.length > limit ? encodeCursor([page.at(-1)!.line]) : null };
}

/** Every rejected row of an import, streamed in file order, for the CSV download. */
export async function* streamImportRejections({ db, importId, locale }: { db: Db; importId: string; locale: Locale }): AsyncGenerator<ImportRejection> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('import_rejections').select(['line', 'row', 'problems']).where('import_id', '=', importId).where('line', '>', after).orderBy('line').limit(1000).execute();
    for (const r of rows) yield present(r, locale);
    if (rows.length < 1000) return;
    after = rows.at(-1)!.line;
  }
}
