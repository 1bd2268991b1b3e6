import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Json = Record<string, unknown>;
type Serialize = (data: unknown) => string;

// One compiled serializer per response schema: many routes share the error schemas.
const compiled = new WeakMap<z.ZodType, Serialize>();

/**
 * Zod 4's JSON Schema, tuned for fast-json-stringify: a nullable object or array (`anyOf` with
 * `{type:'null'}`) becomes `nullable: true` and a nullable scalar a type list, so the serializer
 * needs no validator to pick a branch;
 * `additionalProperties: false` goes (undeclared properties are dropped either way).
 */
export function toSerializerSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' }) as Json;
  return simplify(json) as Json;
}

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

function simplify(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(simplify);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    // Extra properties are never written anyway; `false` would only make a union branch refuse a
    // value carrying one (zod strips it), and fail the answer.
    if (k === 'additionalProperties' && v === false) continue;
    out[k] = simplify(v);
  }
  const anyOf = out.anyOf as Json[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2 && Object.keys(out).length === 1) {
    const nullIndex = anyOf.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && (other.type === 'object' || other.type === 'array') && !('anyOf' in other) && !('oneOf' in other)) {
      return { ...other, nullable: true };
    }
    // A nullable string, number or boolean: a type list the serializer checks with `typeof`, where
    // an `anyOf` made it run a validator (date-time format included) on every value of every row.
    if (nullIndex >= 0 && other && typeof other.type === 'string' && SCALARS.has(other.type) && !('anyOf' in other) && !('oneOf' in other)) {
      const { format: _format, pattern: _pattern, ...rest } = other;
      return { ...rest, type: [other.type, 'null'] };
    }
  }
  return out;
}

/** The schema a route declared for one status: a zod schema, or `{ properties: zod }` from the type provider. */
function zodSchemaOf(schema: unknown): z.ZodType | null {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : null;
}

/**
 * Serializes each answer with fast-json-stringify compiled from the route's zod response schema
 * (several times faster than parsing every answer with zod). Only what the schema declares is
 * written: properties outside it are dropped at every depth, and a missing required property is an
 * error, not a silent gap. Schemas JSON Schema cannot express (transforms, dates as Date objects)
 * keep the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (routeSchema) => {
  const schema = zodSchemaOf(routeSchema.schema);
  if (!schema) return zodSerializerCompiler(routeSchema as Parameters<typeof zodSerializerCompiler>[0]);
  const known = compiled.get(schema);
  if (known) return known;
  let serialize: Serialize;
  try {
    serialize = fastJson(toSerializerSchema(schema) as unknown as Parameters<typeof fastJson>[0]) as Serialize;
  } catch {
    serialize = zodSerializerCompiler(routeSchema as Parameters<typeof zodSerializerCompiler>[0]) as Serialize;
  }
  compiled.set(schema, serialize);
  return serialize;
};
