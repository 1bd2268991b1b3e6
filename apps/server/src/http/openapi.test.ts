import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document';

type Operation = { operationId?: string; tags?: string[]; responses?: Record<string, any>; requestBody?: any; parameters?: any[] };
type Document = { paths: Record<string, Record<string, Operation>>; tags?: { name: string }[]; components?: { schemas?: Record<string, unknown> } };

const document = (await buildOpenApiDocument()) as unknown as Document;

/** Every operation as "METHOD /path" with its object. */
function operations(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([m, op]) => [`${m.toUpperCase()} ${p}`, op] as [string, Operation]));
}

/** What a generated SDK cannot name: operations without an operationId, and ids used twice. */
function operationIdProblems(doc: Document): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, op] of operations(doc)) {
    if (!op.operationId) problems.push(`${name} has no operationId`);
    else if (!/^[a-z][a-zA-Z0-9]*$/.test(op.operationId)) problems.push(`${name}: operationId ${op.operationId} is not camelCase`);
    else if (seen.has(op.operationId)) problems.push(`${name}: operationId ${op.operationId} is also ${seen.get(op.operationId)}`);
    else seen.set(op.operationId, name);
  }
  return problems;
}

/** Whether a literal path segment could be a value of the path parameter `name` (by its schema). */
function couldBe(literal: string, item: Record<string, Operation>, name: string): boolean {
  const param = Object.values(item).flatMap((op) => op.parameters ?? []).find((p) => p.in === 'path' && p.name === name);
  const schema = param?.schema ?? {};
  if (schema.enum) return schema.enum.includes(literal);
  if (schema.pattern) return new RegExp(schema.pattern).test(literal);
  if (schema.format === 'uuid') return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(literal);
  return true;
}

/** Pairs of paths one URL could match both of (what redocly's no-ambiguous-paths means, but reading the parameters' schemas). */
function ambiguousPaths(doc: Document): string[] {
  const paths = Object.keys(doc.paths);
  const found: string[] = [];
  const param = (s: string) => /^\{(.+)\}$/.exec(s)?.[1];
  for (const [i, a] of paths.entries()) {
    for (const b of paths.slice(i + 1)) {
      const sa = a.split('/');
      const sb = b.split('/');
      if (sa.length !== sb.length) continue;
      const clash = sa.every((x, k) => {
        const y = sb[k]!;
        const [px, py] = [param(x), param(y)];
        if (px && py) return true;
        if (px) return couldBe(y, doc.paths[a]!, px);
        if (py) return couldBe(x, doc.paths[b]!, py);
        return x === y;
      });
      if (clash) found.push(`${a} and ${b}`);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('names every operation once, in camelCase, so a generated client has a method for each', () => {
    expect(operations(document).length).toBeGreaterThan(70);
    expect(operationIdProblems(document)).toEqual([]);
  });

  it('would fail on a missing or a repeated operationId', () => {
    const broken: Document = {
      paths: {
        '/a': { get: { operationId: 'getThing' }, post: {} },
        '/b': { get: { operationId: 'getThing' }, patch: { operationId: 'Update_thing' } },
      },
    };
    expect(operationIdProblems(broken)).toEqual([
      'POST /a has no operationId',
      'GET /b: operationId getThing is also GET /a',
      'PATCH /b: operationId Update_thing is not camelCase',
    ]);
  });

  it('tags every operation with a declared tag, and gives each at least one 4xx with the shared error body', () => {
    const declared = new Set((document.tags ?? []).map((t) => t.name));
    const problems = operations(document).flatMap(([name, op]) => {
      const out: string[] = [];
      if (!op.tags?.length) out.push(`${name} has no tags`);
      for (const tag of op.tags ?? []) if (!declared.has(tag)) out.push(`${name}: tag ${tag} is not declared`);
      const errors = Object.entries(op.responses ?? {}).filter(([status]) => /^4\d\d$/.test(status));
      if (errors.length === 0) out.push(`${name} has no 4xx answer`);
      for (const [status, r] of errors) {
        if (r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse') out.push(`${name} ${status} is not the ErrorResponse body`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('documents the PoE upload as multipart and the import upload as CSV or NDJSON', () => {
    const upload = document.paths['/claims/{id}/documents']!.post!;
    expect(upload.requestBody).toMatchObject({
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } },
    });
    const importFile = document.paths['/imports']!.post!;
    expect(Object.keys(importFile.requestBody.content).sort()).toEqual(['application/x-ndjson', 'text/csv']);
    expect(importFile.requestBody.content['text/csv'].schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('documents file answers by media type, and JSON-or-CSV lists as both', () => {
    const download = document.paths['/claims/{id}/documents/{docId}']!.get!.responses!['200'];
    expect(Object.keys(download.content)).toEqual(expect.arrayContaining(['application/pdf', 'image/png']));
    expect(Object.keys(document.paths['/claims/export']!.get!.responses!['200'].content)).toEqual(['text/csv']);
    const rejections = document.paths['/imports/{id}/rejections']!.get!.responses!['200'].content;
    expect(rejections['application/json'].schema.properties.items.items.$ref).toBe('#/components/schemas/ImportRejection');
    expect(rejections['text/csv'].schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('keeps only component schemas some operation reaches', () => {
    const text = JSON.stringify(document.paths);
    const reached = new Set([...text.matchAll(/#\/components\/schemas\/([^"]+)/g)].map((m) => m[1]!));
    const schemas = document.components?.schemas ?? {};
    for (let size = -1; size !== reached.size; ) {
      size = reached.size;
      for (const name of [...reached]) for (const m of JSON.stringify(schemas[name] ?? {}).matchAll(/#\/components\/schemas\/([^"]+)/g)) reached.add(m[1]!);
    }
    expect(Object.keys(schemas).filter((name) => !reached.has(name))).toEqual([]);
    expect([...reached].filter((name) => !(name in schemas))).toEqual([]);
  });

  it('has no two paths one URL could match (a literal segment is never a valid {id})', () => {
    expect(ambiguousPaths(document)).toEqual([]);
    // The check itself: an unconstrained parameter next to a literal is ambiguous, a UUID one is not.
    const uuid = { in: 'path', name: 'id', schema: { type: 'string', format: 'uuid' } };
    const free = { in: 'path', name: 'key', schema: { type: 'string' } };
    expect(ambiguousPaths({ paths: { '/x/{id}': { get: { parameters: [uuid] } }, '/x/bulk': { get: {} }, '/y/{key}': { get: { parameters: [free] } }, '/y/all': { get: {} } } })).toEqual(['/y/{key} and /y/all']);
  });
});
