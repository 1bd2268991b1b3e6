import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { AppError } from './errors';

/** Encodes the sort key of the last row of a page as an opaque cursor. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; a tampered or foreign cursor is a 400, never a 500. */
export function decodeCursor<T extends z.ZodTuple>(cursor: string, shape: T): z.infer<T> {
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError(400, 'VALIDATION_FAILED', 'The cursor is not valid for this list.', [
      { path: 'cursor', code: 'INVALID_CURSOR', message: 'Use the nextCursor value from the previous page.' },
    ]);
  }
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page's LIMIT written into the SQL text instead of bound: PostgreSQL then knows the page size
 * when it plans a prepared statement once for every request (a bound LIMIT made it re-plan each
 * time). Only whole numbers reach the text; the contracts already cap page sizes.
 */
export function pageLimit(rows: number): RawBuilder<number> {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`a page limit must be a whole number >= 0, got ${rows}`);
  return sql.lit(rows);
}
