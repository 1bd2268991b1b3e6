import { BULK_CLAIM_FIELDS } from '@associa/contracts';
import fc from 'fast-check';
import { FILES } from '../../helpers/claim-fixtures';

type Json = Record<string, any>;

/** One operation of the OpenAPI document with what the fuzzer needs of it. */
export type FuzzOperation = {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; schema: Json; required: boolean }[];
  /** Media types of the documented request body (none: the operation takes no body). */
  bodyTypes: string[];
  jsonSchema: Json | null;
};

/** A request as the fuzzer sends it: the body is JSON text, raw bytes or a multipart form. */
export type FuzzRequest = {
  method: string;
  path: string;
  query: string;
  contentType: string | null;
  body: string | Uint8Array | { form: { field: string; bytes: Uint8Array; fileName: string }[]; text?: [string, string][] } | null;
  headers: Record<string, string>;
};

/** The operations of an OpenAPI document. */
export function operationsOf(doc: Json): FuzzOperation[] {
  return Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const content: Json = op.requestBody?.content ?? {};
        return {
          operationId: op.operationId ?? `${method} ${path}`,
          method: method.toUpperCase(),
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
          query: (op.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => ({ name: p.name, schema: p.schema ?? {}, required: !!p.required })),
          bodyTypes: Object.keys(content),
          jsonSchema: content['application/json']?.schema ?? null,
        };
      }),
  );
}

/** Strings that have broken parsers, validators and SQL before. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  "'; drop table claims; --",
  '" OR 1=1 --',
  '%',
  '%00',
  '%ZZ',
  '../../etc/passwd',
  '..%2f..%2f',
  '<script>alert(1)</script>',
  '${7*7}',
  '\u202eevil',
  'ÄÖÜß 漢字 עברית',
  '😀👩‍👩‍👧‍👦',
  '\uFEFFbom',
  '\r\n\r\nHTTP/1.1 200 OK',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '2024-02-30',
  '9999-12-31T23:59:59Z',
  '0000-00-00',
  '-0',
  '2147483648',
  '99999999999999999999999',
  'a@b',
  '@',
  'x'.repeat(300),
  'é'.repeat(5000),
];

/** A hostile string: a known troublemaker, arbitrary unicode, or a huge one. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 70_000).map((n) => 'A'.repeat(n)) },
);

/** Any JSON value, hostile more often than not. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 2000 }, (_, i) => i)) },
);

/** Real object ids the fuzzer mixes into ids, so requests reach past "not found". */
export type IdPool = string[];

/** A value for a JSON schema: mostly what it asks for (so requests reach the use cases), sometimes hostile. */
export function valueFor(schema: Json | undefined, components: Json, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return hostileJson;
  if (schema.$ref) return valueFor(components[String(schema.$ref).split('/').pop()!], components, ids, depth + 1);
  const valid = validFor(schema, components, ids, depth);
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostileJson });
}

function validFor(schema: Json, components: Json, ids: IdPool, depth: number): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((s: Json) => valueFor(s, components, ids, depth + 1)));
  if (schema.allOf) return valueFor(schema.allOf[0], components, ids, depth + 1);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props: Json = schema.properties ?? {};
      const required: string[] = schema.required ?? [];
      const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valueFor(s as Json, components, ids, depth + 1)]));
      return fc
        .tuple(fc.record(model, { requiredKeys: required.filter((k) => k in model) }), fc.dictionary(hostileString, hostileJson, { maxKeys: 2 }), fc.boolean())
        .map(([known, extra, withExtra]) => (withExtra ? { ...extra, ...known } : known));
    }
    case 'array':
      return fc.array(valueFor(schema.items, components, ids, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000 }), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 1, 1.5));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringFor(schema, ids);
    default:
      return hostileJson;
  }
}

function stringFor(schema: Json, ids: IdPool): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 60;
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid());
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('carla@contoso.nl', 'partner.admin@northwind.example'));
    case 'date':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    default:
      if (schema.pattern) return fc.oneof(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= max), hostileString);
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(max, 60) });
  }
}

/** A query string from the documented parameters (valid, hostile or missing), junk keys and repeated keys. */
export function queryFor(op: FuzzOperation, components: Json, ids: IdPool): fc.Arbitrary<string> {
  const documented = op.query.map((p) =>
    fc.option(
      valueFor(p.schema, components, ids).map((v) => [p.name, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]),
      { nil: undefined, freq: p.required ? 8 : 2 },
    ),
  );
  const junk = fc.array(fc.tuple(hostileString, hostileString), { maxLength: 2 });
  return fc.tuple(fc.tuple(...documented), junk, fc.boolean()).map(([known, extra, repeat]) => {
    const pairs = [...(known.filter(Boolean) as [string, string][]), ...extra.map(([k, v]) => [k.slice(0, 200), v.slice(0, 2000)] as [string, string])];
    if (repeat && pairs[0]) pairs.push(pairs[0]);
    if (!pairs.length) return '';
    return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
  });
}

/** A path parameter: a real id, a random UUID, or anything but a UUID. */
export const pathParam = (name: string, ids: IdPool) =>
  name === 'kind'
    ? fc.oneof(fc.constantFrom('tenants', 'subscriptions', 'usage'), hostileString)
    : name === 'code'
      ? fc.oneof(fc.constantFrom('OSU_M365', 'OSA_SELL', 'OSU_BIZAPPS', 'REVENUE_ASSOCIATION', 'CSP'), hostileString)
      : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 3, arbitrary: hostileString });

/** A CSV field that breaks naive parsers: quotes, separators, newlines, huge or binary. */
const csvField = fc.oneof(hostileString, fc.constantFrom('"', '""', '"a"b"', ',', ';', '\r', '\n', '\r\n', 'a,b', '"unterminated', '=cmd|calc', '4412001', 'contoso.nl', 'MICROSOFT_365', 'USAGE'));

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Headers of every file kind the API reads: bulk claims and the three imports. */
const CSV_HEADERS = [
  BULK_CLAIM_FIELDS.map((f) => f.name),
  ['tenant_id', 'name', 'country', 'time_zone', 'domains'],
  ['subscription_id', 'tenant_id', 'product_code', 'channel', 'state', 'start_date', 'end_date'],
  ['tenant_id', 'product_code', 'subscription_id', 'month', 'active_users', 'seats'],
];

/** A hostile CSV or NDJSON file (text or bytes that are not UTF-8). */
export const fileBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...CSV_HEADERS), fc.array(fc.array(csvField, { maxLength: 14 }), { maxLength: 5 }), fc.boolean(), fc.constantFrom('\r\n', '\n', '\r'))
    .map(([header, rows, quoted, eol]) => [header.join(','), ...rows.map((r) => r.map((v) => (quoted ? quote(v) : v)).join(','))].join(eol) + eol),
  fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), hostileString), { maxLength: 5 }).map((lines) => lines.join('\n')),
  fc
    .array(
      fc.record({ name: fc.oneof(hostileString, fc.constant('Bulk')), location_mpn_id: fc.oneof(hostileString, fc.constant('4412001')), products: fc.oneof(hostileJson, fc.constant(['MICROSOFT_TEAMS'])) }),
      { maxLength: 4 },
    )
    .map((rows) => rows.map((r) => JSON.stringify(r)).join('\n')),
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom('', '\uFEFF', '\uFEFFtenant_id,name\r\n', new Uint8Array([0xff, 0xfe, 0x00, 0x41]), new Uint8Array([0xc3, 0x28, 0x0a])),
);

/** A multipart body: a real document, random bytes, a hostile file name, a wrong field, two files or none. */
export const multipartBody = fc.record({
  form: fc.array(
    fc.record({
      field: fc.oneof({ weight: 4, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: hostileString.map((s) => s.slice(0, 100)) }),
      bytes: fc.oneof(fc.constantFrom<Uint8Array>(FILES.pdf, FILES.png, FILES.elf, new Uint8Array()), fc.uint8Array({ maxLength: 500 })),
      fileName: fc.oneof(fc.constantFrom('sow.pdf', 'a.png', 'x.exe'), hostileString.map((s) => s.slice(0, 1000))),
    }),
    { maxLength: 2 },
  ),
  text: fc.option(fc.array(fc.tuple(fc.constantFrom('file', 'name', 'x'), hostileString.map((s) => s.slice(0, 1000))), { maxLength: 2 }), { nil: undefined }),
});

/** Media types sent regardless of what the operation reads. */
const OTHER_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zz', 'application/json; charset=utf-16', 'text/csv', 'application/x-ndjson', 'application/octet-stream', '', 'application/json, text/csv', '*/*'];

/** A body for the operation: what it documents (JSON, file, multipart), mostly; otherwise anything with any media type. */
export function bodyFor(op: FuzzOperation, components: Json, ids: IdPool): fc.Arbitrary<Pick<FuzzRequest, 'contentType' | 'body'>> {
  const json = valueFor(op.jsonSchema ?? undefined, components, ids).map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' }));
  const brokenJson = fc.constantFrom('{', '{"a":', '[1,2', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'nul', '\u0000', '"'.repeat(10), `{"a":"${'\\u0000'.repeat(10)}"}`, '1'.repeat(400)).map((b) => ({ contentType: 'application/json', body: b }));
  const file = fc.tuple(fileBody, fc.constantFrom('text/csv', 'application/x-ndjson', 'text/csv; charset=utf-8', 'text/csv; charset=latin1')).map(([body, contentType]) => ({ contentType, body }));
  const multipart = multipartBody.map((form) => ({ contentType: null, body: form }));
  const wrong = fc.tuple(fc.constantFrom(...OTHER_TYPES), fc.oneof(hostileString, fileBody)).map(([contentType, body]) => ({ contentType, body }));
  const none = fc.constant({ contentType: null, body: null });
  const documented: fc.Arbitrary<Pick<FuzzRequest, 'contentType' | 'body'>>[] = [];
  if (op.bodyTypes.includes('application/json')) documented.push(json, json, json, brokenJson);
  if (op.bodyTypes.some((t) => t.includes('csv') || t.includes('ndjson'))) documented.push(file, file, file);
  if (op.bodyTypes.includes('multipart/form-data')) documented.push(multipart, multipart, multipart);
  if (!documented.length) documented.push(none, none, json);
  return fc.oneof(...documented, wrong, multipart, none);
}

/** One header a hostile client adds, now and then: a junk idempotency key, CSRF token, bearer token or accept type. */
const printable = hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 300));
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.oneof(fc.uuid(), printable).map((v) => ({ 'idempotency-key': v })) },
  { weight: 1, arbitrary: printable.map((v) => ({ 'x-csrf-token': v })) },
  { weight: 1, arbitrary: fc.constantFrom('text/html', 'application/xml', '*/*', 'text/csv', 'application/x-ndjson', 'image/png;q=0.1').map((v) => ({ accept: v })) },
  { weight: 1, arbitrary: fc.constantFrom('Bearer ', 'Bearer asc_invalid', 'Basic Zm9vOmJhcg==', `Bearer ${'x'.repeat(5000)}`).map((v) => ({ authorization: v })) },
);
