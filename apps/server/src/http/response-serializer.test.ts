import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler, toSerializerSchema } from './response-serializer';

const compile = (schema: z.ZodType) => responseSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' }) as (data: unknown) => string;

describe('the response serializer', () => {
  const Schema = z.object({
    id: z.string(),
    note: z.string().nullable(),
    owner: z.object({ name: z.string() }).nullable(),
    items: z.array(z.object({ code: z.enum(['A', 'B']), n: z.number().int() })),
    kind: z.union([z.object({ type: z.literal('x'), x: z.number() }), z.object({ type: z.literal('y'), y: z.string() })]),
  });

  it('writes only what the schema declares, at every depth', () => {
    const out = compile(Schema)({
      id: '1', secret: 'hash', note: null, owner: { name: 'N', passwordHash: 'p' },
      items: [{ code: 'A', n: 2, internal: true }], kind: { type: 'y', y: 'v', hidden: 1 },
    });
    expect(JSON.parse(out)).toEqual({ id: '1', note: null, owner: { name: 'N' }, items: [{ code: 'A', n: 2 }], kind: { type: 'y', y: 'v' } });
  });

  it('writes null for a nullable object, and refuses an answer missing a required property', () => {
    expect(JSON.parse(compile(Schema)({ id: '1', note: 'n', owner: null, items: [], kind: { type: 'x', x: 1 } })).owner).toBeNull();
    expect(() => compile(Schema)({ note: null, owner: null, items: [], kind: { type: 'x', x: 1 } })).toThrow();
  });

  it('writes nullable dates, numbers and enums as given, without a validator choosing the branch', () => {
    const Nullable = z.object({ at: z.iso.datetime().nullable(), n: z.number().int().nullable(), area: z.enum(['A', 'B']).nullable() });
    expect(toSerializerSchema(Nullable)).toMatchObject({ properties: { at: { type: ['string', 'null'] }, n: { type: ['integer', 'null'] } } });
    expect(JSON.stringify(toSerializerSchema(Nullable))).not.toContain('anyOf');
    const serialize = compile(Nullable);
    expect(JSON.parse(serialize({ at: '2030-01-02T03:04:05.000Z', n: 3, area: 'B' }))).toEqual({ at: '2030-01-02T03:04:05.000Z', n: 3, area: 'B' });
    expect(JSON.parse(serialize({ at: null, n: null, area: null }))).toEqual({ at: null, n: null, area: null });
    expect(serialize({ at: 'say "hi"', n: 0, area: 'A' })).toBe('{"at":"say \\"hi\\"","n":0,"area":"A"}');
  });

  it('keeps zod for what JSON Schema cannot express', () => {
    const serialize = compile(z.object({ at: z.date() }));
    expect(serialize({ at: new Date('2030-01-02T03:04:05Z') })).toBe('{"at":"2030-01-02T03:04:05.000Z"}');
  });
});
