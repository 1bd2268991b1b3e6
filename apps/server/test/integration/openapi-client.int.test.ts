import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/config';
import { buildOpenApiDocument } from '../../src/http/openapi-document';
import { historyTypes, LOCATIONS } from '../helpers/claim-fixtures';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/test-app';

const run = promisify(execFile);
const PROGRAM = path.join(REPO_ROOT, 'packages/api-client/src/main.ts');
const NORTHWIND_ADMIN = 'partner.admin@northwind.example';

/** Runs the typed client program (packages/api-client) in its own process against the test server. */
async function draftClaim(t: TestApp, args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', PROGRAM, '--origin', t.baseUrl, ...args], { cwd: REPO_ROOT, timeout: 60_000 });
    return { code: 0, result: JSON.parse(stdout.trim()), stderr: '' };
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    return { code: e.code ?? -1, result: null, stderr: e.stderr ?? '' };
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the client generated from the OpenAPI document', () => {
  it('is generated from the document the server serves', async () => {
    const served = await t.anonymous.request('GET', '/api/v1/openapi.json');
    expect(served.body).toEqual(await buildOpenApiDocument());
  });

  it.each(['session', 'token'] as const)('signs in (%s), creates a draft claim and validates it', async (via) => {
    const name = `Typed client draft (${via})`;
    const { code, result, stderr } = await draftClaim(t, ['--email', NORTHWIND_ADMIN, '--password', DEMO_PASSWORD, '--via', via, '--name', name]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(result).toMatchObject({ via, status: 'DRAFT', valid: false });

    const row = await t.db
      .selectFrom('claims')
      .innerJoin('organisations', 'organisations.id', 'claims.organisation_id')
      .select(['claims.status', 'claims.name', 'claims.location_id', 'organisations.name as organisation'])
      .where('claims.id', '=', result.claimId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'DRAFT', name, location_id: result.locationId });
    expect(row.organisation).toMatch(/northwind/i);
    expect([LOCATIONS.northwindAmsterdam, LOCATIONS.northwindSeattle]).toContain(result.locationId);
    expect((await historyTypes(t.db, result.claimId))[0]).toBe('CLAIM_CREATED');

    // The problems the program printed are the server's own answer for that draft.
    const admin = await t.loginAs(NORTHWIND_ADMIN);
    const direct = await admin.request('POST', `/api/v1/claims/${result.claimId}/validate`);
    expect(direct.status).toBe(200);
    expect(result.problems).toEqual(direct.body.problems.map((p: { path: string; code: string }) => ({ path: p.path, code: p.code })));
    expect(result.problems.length).toBeGreaterThan(0);
    if (via === 'token') {
      const token = await t.db.selectFrom('api_tokens').select('name').where('name', '=', 'typed client example').executeTakeFirst();
      expect(token).toBeDefined();
    }
  });

  it('fails with exit code 1 and creates nothing when the password is wrong', async () => {
    const before = await t.db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const { code, stderr } = await draftClaim(t, ['--email', NORTHWIND_ADMIN, '--password', 'not-the-password']);
    expect(code).toBe(1);
    expect(stderr).toContain('INVALID_CREDENTIALS');
    const after = await t.db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('exits 2 on a usage error', async () => {
    const { code, stderr } = await draftClaim(t, ['--email', NORTHWIND_ADMIN]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage');
  });
});
