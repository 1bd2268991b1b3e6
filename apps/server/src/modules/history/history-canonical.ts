import { createHash } from 'node:crypto';
import type { HistoryRecord } from '@associa/contracts';

/** A JSON number kept as the text it was written as (PostgreSQL's numeric keeps `1.50`; a JS number would not). */
export class JsonNumber {
  constructor(readonly source: string) {}
}

/** Parses JSON with every number kept as a `JsonNumber`, so an export's data re-encodes byte for byte. */
export function parseJsonKeepingNumbers(text: string): unknown {
  // Node 24's reviver receives the number's source text (TC39 "JSON.parse source text access").
  return JSON.parse(text, (_key, value, context?: { source?: string }) => (typeof value === 'number' ? new JsonNumber(context?.source ?? String(value)) : value));
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

// jsonb orders object keys by their length in bytes, then by their bytes (lengthCompareJsonbString).
const compareJsonbKeys = (a: string, b: string) => {
  const [x, y] = [utf8(a), utf8(b)];
  return x.length - y.length || Buffer.compare(x, y);
};

// PostgreSQL's escape_json: the short escapes, other control characters as \u00xx, the rest verbatim.
const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const jsonbString = (s: string) =>
  `"${s.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

// A JS number written as numeric_out would write it: plain decimal, never an exponent.
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} is not a JSON number`);
  const s = String(n);
  if (!/e/i.test(s)) return s === '-0' ? '0' : s;
  const [mantissa, exp] = s.split(/e/i) as [string, string];
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = mantissa.replace('-', '').split('.') as [string, string?];
  const digits = int + frac;
  const point = int.length + Number(exp);
  const body =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

/** The text PostgreSQL prints for a jsonb value (`value::text`), for values read back from JSON. */
export function jsonbText(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof JsonNumber) return value.source;
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return plainNumber(value);
    case 'string':
      return jsonbString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      entries.sort(([a], [b]) => compareJsonbKeys(a, b));
      return `{${entries.map(([k, v]) => `${jsonbString(k)}: ${jsonbText(v)}`).join(', ')}}`;
    }
    default:
      throw new Error(`${typeof value} is not JSON`);
  }
}

/** The exact text migration 0015's trigger hashes for an event (see the comment at its top). */
export function canonicalHistoryText(r: HistoryRecord): string {
  return jsonbText([r.eventId, r.claimId, r.seq, r.occurredAt, r.actorType, r.actorUserId, r.actorName, r.type, r.data, r.prevHash]);
}

/** The hash an event must carry: lowercase hex SHA-256 of its canonical text. */
export function historyHash(r: HistoryRecord): string {
  return createHash('sha256').update(utf8(canonicalHistoryText(r))).digest('hex');
}
