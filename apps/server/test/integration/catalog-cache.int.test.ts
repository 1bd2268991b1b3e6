import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_RECHECK_MS } from '../../src/modules/catalog/catalog-cache';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let partner: TestClient;
let programAdmin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  partner = await t.loginAs('partner.user@northwind.example');
  programAdmin = await t.loginAs('program.admin@vendor.example');
});
afterAll(() => t.close());

const osu = (body: any) => body.programs.find((p: any) => p.code === 'OSU_M365');

describe('the catalogue from memory, with an ETag', () => {
  it('answers 304 Not Modified to a repeat with the ETag, and the full catalogue otherwise', async () => {
    const first = await partner.request('GET', '/api/v1/catalog');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(osu(first.body).settings.reviewBusinessDays).toBe(14);

    const repeat = await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': etag });
    expect(repeat.status).toBe(304);
    expect(repeat.text).toBe('');
    expect(repeat.headers.get('etag')).toBe(etag);
    // The weak form and a list naming it match too; another tag gets the whole catalogue again.
    expect((await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    const other = await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(other.body).toEqual(first.body);
    // The ETag is no way around signing in.
    expect((await t.anonymous.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': etag })).status).toBe(401);
  });

  it('has a new ETag and the new settings right after a program setting changes', async () => {
    const before = await partner.request('GET', '/api/v1/catalog');
    const etag = before.headers.get('etag')!;
    const changed = await programAdmin.request('PATCH', '/api/v1/admin/programs/OSU_M365', { reviewBusinessDays: 12 });
    expect(changed.status).toBe(200);
    const after = await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(osu(after.body).settings.reviewBusinessDays).toBe(12);
    expect((await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': after.headers.get('etag')! })).status).toBe(304);
  });

  it('sees a change another process made (straight in the database) within the recheck bound', async () => {
    const before = await partner.request('GET', '/api/v1/catalog');
    const etag = before.headers.get('etag')!;
    const version = await t.db.selectFrom('catalog_version').select('version').executeTakeFirstOrThrow();
    await t.db.updateTable('products').set({ name: 'Microsoft Teams (renamed)' }).where('code', '=', 'MICROSOFT_TEAMS').execute();
    // The trigger bumped the version in the change's own transaction.
    expect((await t.db.selectFrom('catalog_version').select('version').executeTakeFirstOrThrow()).version).toBe(Number(version.version) + 1);
    const changedAt = performance.now();
    let res = await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': etag });
    while (res.status === 304 && performance.now() - changedAt < CATALOG_RECHECK_MS + 2000) {
      await new Promise((r) => setTimeout(r, 100));
      res = await partner.request('GET', '/api/v1/catalog', undefined, { 'if-none-match': etag });
    }
    expect(res.status).toBe(200);
    expect(performance.now() - changedAt).toBeLessThan(CATALOG_RECHECK_MS + 1000);
    expect(res.body.products.find((p: any) => p.code === 'MICROSOFT_TEAMS').name).toBe('Microsoft Teams (renamed)');
  });
});
