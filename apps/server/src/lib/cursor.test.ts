import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from './cursor';
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

describe('pageLimit', () => {
  const compiler = new Kysely<Record<string, never>>({
    dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new PostgresIntrospector(db), createQueryCompiler: () => new PostgresQueryCompiler() },
  });

  it('writes the page size into the SQL text, so a prepared statement is planned with it', () => {
    const q = sql`select 1 limit ${pageLimit(26)}`.compile(compiler);
    expect(q.sql).toBe('select 1 limit 26');
    expect(q.parameters).toEqual([]);
  });

  it('refuses anything but a whole number', () => {
    expect(() => pageLimit(2.5)).toThrow(RangeError);
    expect(() => pageLimit(-1)).toThrow(RangeError);
    expect(() => pageLimit(Number.NaN)).toThrow(RangeError);
    expect(() => pageLimit('1; drop table claims' as unknown as number)).toThrow(RangeError);
  });
});
