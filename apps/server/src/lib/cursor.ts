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
