import type { TestClient, TestResponse } from '../../helpers/test-app';
import type { Answer, Expectation, Role } from './expectations';
import { LINK_OBJECTS, linkParams, PARTNER_OBJECTS, unknownParams, type Fixtures, type LinkObject, type Owner, type Params, type PartnerObject, type SharedObject } from './fixtures';
import type { CellRequest, RequestContext } from './requests';

/** One operation as the OpenAPI document lists it. */
export type Operation = { operationId: string; method: string; path: string };

/** The signed-in callers of the matrix (and the anonymous one). */
export type Callers = Record<'anonymous' | 'northwindUser' | 'northwindAdmin' | 'fabrikamAdmin' | 'reviewer' | 'programAdmin', TestClient>;
export type Caller = keyof Callers;

/** One cell: an operation, a caller, an object (or none) and the declared answer. */
export type Cell = {
  op: Operation;
  caller: Caller;
  /** Whose object the path (or body) names; `null` for shared objects and collections. */
  objectOwner: Owner | null;
  params: Params;
  bodyOwner: Owner;
  /** `foreign`: 403 or 404, the same as for an unknown object; `refused`: any 4xx. */
  expected: Answer | 'refused' | 'foreign';
  /** The object is another partner's (or the vendor may not see it): the answer must equal an unknown object's. */
  compareWithUnknown: boolean;
  /** A partner caller: no other organisation's ids may appear in its answers. */
  partnerOf: Owner | null;
};

const ROLE_OF: Record<Caller, Role> = {
  anonymous: 'anonymous',
  northwindUser: 'partnerUser',
  northwindAdmin: 'partnerAdmin',
  fabrikamAdmin: 'partnerAdmin',
  reviewer: 'reviewer',
  programAdmin: 'programAdmin',
};
const PARTNER_OF: Partial<Record<Caller, Owner>> = { northwindUser: 'northwind', northwindAdmin: 'northwind', fabrikamAdmin: 'fabrikam' };
const CALLERS = Object.keys(ROLE_OF) as Caller[];

/** Every cell of one operation: each caller on each object it could name. */
export function cellsOf(op: Operation, exp: Expectation, fx: Fixtures): Cell[] {
  const cells: Cell[] = [];
  const kind = exp.object;
  for (const caller of CALLERS) {
    const declared = exp[ROLE_OF[caller]];
    const partnerOf = PARTNER_OF[caller] ?? null;
    const base = { op, caller, partnerOf, compareWithUnknown: false };
    if (kind && (PARTNER_OBJECTS as readonly string[]).includes(kind)) {
      for (const owner of ['northwind', 'fabrikam'] as const) {
        const params = fx.partnerObjects[kind as PartnerObject][owner];
        const foreign = partnerOf !== null && partnerOf !== owner;
        if (!foreign) cells.push({ ...base, objectOwner: owner, params, bodyOwner: owner, expected: declared, compareWithUnknown: declared === 404 });
        else cells.push({ ...base, objectOwner: owner, params, bodyOwner: owner, expected: declared === 'ok' ? 404 : 'foreign', compareWithUnknown: true });
      }
    } else if (kind && (LINK_OBJECTS as readonly string[]).includes(kind)) {
      cells.push({ ...base, objectOwner: null, params: linkParams(kind as LinkObject), bodyOwner: partnerOf ?? 'northwind', expected: declared });
    } else {
      const params = kind ? fx.sharedObjects[kind as SharedObject] : {};
      cells.push({ ...base, objectOwner: null, params, bodyOwner: partnerOf ?? 'northwind', expected: declared, compareWithUnknown: declared === 404 && !!kind });
      // A body naming another partner's objects (its location, its organisation) is refused like a foreign object.
      if (caller === 'fabrikamAdmin' && exp.otherPartnerAdmin) cells.push({ ...base, objectOwner: 'northwind', params, bodyOwner: 'northwind', expected: exp.otherPartnerAdmin });
    }
  }
  return cells;
}

/** The path with its parameters filled in (OpenAPI's `{name}`), under the API prefix. */
export const pathOf = (op: Operation, params: Params) =>
  `/api/v1${op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.operationId}: no value for path parameter ${name}`);
    return encodeURIComponent(value);
  })}`;

let address = 0;
/** A fresh client address per request (the app trusts the loopback proxy), so per-address limits never decide a cell. */
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

/** Sends one request as the caller. */
export async function send(client: TestClient, op: Operation, params: Params, req: CellRequest): Promise<TestResponse> {
  const path = pathOf(op, params) + (req.query ?? '');
  const headers = { 'x-forwarded-for': nextAddress() };
  if (req.multipart) return client.upload(path, req.multipart.bytes, req.multipart.fileName);
  if (req.file) return client.request(op.method, path, req.file.text, { ...headers, 'content-type': req.file.contentType });
  return client.request(op.method, path, req.json, headers);
}

/** The request of a cell, built for the organisation its body names. */
export const requestOf = (build: (ctx: RequestContext) => CellRequest, cell: Cell, fx: Fixtures) => build({ fx, owner: cell.bodyOwner });

/** What must match between a foreign object's answer and an unknown one's: status and the error as shown. */
export const shapeOf = (res: TestResponse) => JSON.stringify({ status: res.status, error: res.body?.error ?? null });

/** The unknown twin of a cell's parameters. */
export const unknownOf = (cell: Cell, kind: string) => unknownParams(kind as never, cell.params);
