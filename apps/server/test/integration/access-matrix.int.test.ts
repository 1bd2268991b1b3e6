import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestResponse } from '../helpers/test-app';
import { cellsOf, requestOf, send, shapeOf, unknownOf, type Callers, type Cell, type Operation } from './access-matrix/cells';
import { EXPECTATIONS } from './access-matrix/expectations';
import { buildFixtures, databaseDigest, type Fixtures } from './access-matrix/fixtures';
import { REQUESTS } from './access-matrix/requests';

let t: TestApp;
let callers: Callers;
let fx: Fixtures;
let operations: Operation[];

beforeAll(async () => {
  // Each request comes from its own address through the trusted loopback proxy: per-address limits never decide a cell.
  t = await createTestApp({ env: { ASSOCIA_TRUST_PROXY: '127.0.0.1' } });
  // One sign-in per role for the whole file (accounts and addresses are locked out after failures).
  callers = {
    anonymous: t.anonymous,
    northwindUser: await t.loginAs('partner.user@northwind.example'),
    northwindAdmin: await t.loginAs('partner.admin@northwind.example'),
    fabrikamAdmin: await t.loginAs('partner.admin@fabrikam.example'),
    reviewer: await t.loginAs('reviewer@vendor.example'),
    programAdmin: await t.loginAs('program.admin@vendor.example'),
  };
  fx = await buildFixtures(t, { northwind: callers.northwindAdmin, fabrikam: callers.fabrikamAdmin }, callers.programAdmin);
  await t.app.ready();
  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { operationId?: string }>> };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ operationId: op.operationId ?? `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path })),
  );
}, 180_000);
afterAll(() => t?.close());

type Finding = { cell: string; problem: string };

const label = (c: Cell) => {
  const kind = EXPECTATIONS[c.op.operationId]!.object;
  return `${c.op.operationId} as ${c.caller}${c.objectOwner && kind ? ` on ${c.objectOwner}'s ${kind}` : c.objectOwner ? ` naming ${c.objectOwner}'s objects` : ''}`;
};
const DENIALS = new Set([401, 403, 404]);

/** Mutations whose allowed run would take the object away from later cells: run them after the others. */
const LATE: Record<string, number> = { deleteClaim: 3, logout: 4, login: 5 };
const rank = (c: Cell) => LATE[c.op.operationId] ?? (c.op.method === 'GET' ? 0 : c.op.method === 'DELETE' ? 2 : 1);

describe('access matrix', () => {
  it('declares an expectation and a request for every operation of the API, and no stale ones', () => {
    const ids = operations.map((o) => o.operationId);
    expect(ids.length).toBeGreaterThan(80);
    expect(new Set(ids).size, 'operationIds are unique').toBe(ids.length);
    expect(ids.filter((id) => !EXPECTATIONS[id]), 'operations without a declared expectation (add them to access-matrix/expectations.ts)').toEqual([]);
    expect(ids.filter((id) => !REQUESTS[id]), 'operations without a matrix request (add them to access-matrix/requests.ts)').toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((id) => !ids.includes(id)), 'expectations for operations that no longer exist').toEqual([]);
  });

  it('answers every role on own, foreign and unknown objects as declared: 0 leaks, and denials change nothing', async () => {
    const declared = operations.filter((o) => EXPECTATIONS[o.operationId] && REQUESTS[o.operationId]);
    const cells = declared.flatMap((op) => cellsOf(op, EXPECTATIONS[op.operationId]!, fx));
    const findings: Finding[] = [];
    let leaks = 0;
    let unknownCompared = 0;
    const statuses = new Map<number, number>();
    const leak = (cell: Cell, problem: string) => {
      leaks += 1;
      findings.push({ cell: label(cell), problem: `LEAK: ${problem}` });
    };

    const check = async (cell: Cell) => {
      const build = REQUESTS[cell.op.operationId]!;
      const res = await send(callers[cell.caller], cell.op, cell.params, requestOf(build, cell, fx));
      const said = `${res.status} ${res.text.slice(0, 200)}`;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (process.env.MATRIX_VERBOSE) console.log(`${label(cell)} -> ${said.slice(0, 120)}`);
      if (res.status >= 500) findings.push({ cell: label(cell), problem: `server error ${said}` });
      else if (cell.expected === 'ok') {
        if (DENIALS.has(res.status)) findings.push({ cell: label(cell), problem: `declared allowed, denied: ${said}` });
      } else if (cell.expected === 'refused') {
        if (res.status < 400) leak(cell, `declared refused, answered ${said}`);
      } else if (cell.expected === 'foreign') {
        if (res.status < 400) leak(cell, `another organisation's object, answered ${said}`);
        else if (res.status !== 403 && res.status !== 404) findings.push({ cell: label(cell), problem: `another organisation's object, answered ${said}` });
      } else if (res.status !== cell.expected) {
        if (res.status < 400) leak(cell, `declared ${cell.expected}, answered ${said}`);
        else findings.push({ cell: label(cell), problem: `declared ${cell.expected}, answered ${said}` });
      }
      if (res.status < 300 && cell.partnerOf) dataLeaks(cell, res);
      if (cell.compareWithUnknown) {
        const kind = EXPECTATIONS[cell.op.operationId]!.object!;
        const twin = await send(callers[cell.caller], cell.op, unknownOf(cell, kind), requestOf(build, cell, fx));
        unknownCompared += 1;
        if (shapeOf(twin) !== shapeOf(res)) leak(cell, `another's object answers ${shapeOf(res)}, an unknown one ${shapeOf(twin)}`);
      }
    };
    // A partner's answer must not carry any id (or the name) of another partner's data.
    const dataLeaks = (cell: Cell, res: TestResponse) => {
      for (const [owner, footprint] of Object.entries(fx.footprint)) {
        if (owner === cell.partnerOf) continue;
        const seen = footprint.filter((id) => res.text.includes(id));
        if (seen.length) leak(cell, `answer carries ${owner}'s ${seen.slice(0, 3).join(', ')}`);
      }
    };

    // 1. Every denial first, with the database's digest around them: a refused request writes nothing.
    const denials = cells.filter((c) => c.expected !== 'ok');
    const before = await databaseDigest(t);
    for (const cell of denials) await check(cell);
    const after = await databaseDigest(t);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    expect(changed, 'tables changed by denied requests').toEqual([]);

    // 2. Then the allowed cells: reads, then writes, then deletions, sign-out and sign-in last.
    const allowed = cells.filter((c) => c.expected === 'ok').sort((a, b) => rank(a) - rank(b));
    for (const cell of allowed) await check(cell);

    console.log(
      `access matrix: ${declared.length} operations, ${cells.length} cells checked (${denials.length} denials, ${allowed.length} allowed), ` +
        `${unknownCompared} foreign-vs-unknown comparisons, ${Object.keys(before).length} tables unchanged by the denials, ${leaks} leaks, ${findings.length - leaks} other mismatches; ` +
        `answers by status: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`,
    );
    for (const f of findings) console.log(`  ${f.cell}: ${f.problem}`);
    expect(findings).toEqual([]);
    expect(leaks).toBe(0);
  }, 180_000);
});
