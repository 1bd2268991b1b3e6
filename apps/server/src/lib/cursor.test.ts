import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCursor, encodeCursor, likeContains } from './cursor';
import { AppError } from './errors';

describe('cursors', () => {
  it('round-trips a sort key', () => {
    const shape = z.tuple([z.string(), z.number()]);
    expect(decodeCursor(encodeCursor(['zoë', 3]), shape)).toEqual(['zoë', 3]);
  });

  it('turns a tampered cursor into a 400 with the field named', () => {
    const shape = z.tuple([z.string(), z.guid()]);
    for (const bad of ['garbage', encodeCursor(['a', 'not-a-guid']), encodeCursor([1])]) {
      try {
        decodeCursor(bad, shape);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).status).toBe(400);
        expect((err as AppError).details[0]?.path).toBe('cursor');
      }
    }
  });

  it('escapes LIKE wildcards', () => {
    expect(likeContains('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
