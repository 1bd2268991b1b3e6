import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planClaimSearch } from '../../src/modules/claims/claim-search';
import { loadSearchSample } from '../../src/modules/claims/load-search-sample';
import { LOCATIONS } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient, type TestResponse } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
// 400 drafts whose domains all end in .search.example, one in ten for Woodgrove, like a partner's
// real book (every tenant under .onmicrosoft.com) where a search mixes a rare word with a common one.
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  await sql`
    insert into claims (organisation_id, location_id, name, customer_domain, created_by, created_at, updated_at)
    select u.organisation_id, ${LOCATIONS.northwindAmsterdam}::uuid, 'Search ' || i || case when i % 10 = 0 then ' Woodgrove' else ' Contoso' end,
           't' || i || '.search.example', u.id, now() - make_interval(secs => i), now() - make_interval(secs => i)
      from users u cross join generate_series(1, 400) i
     where u.email = 'partner.admin@northwind.example'`.execute(t.db);
  await sql`analyze claims`.execute(t.db);
});
afterAll(() => t.close());

const names = async (term: string) => {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const res: TestResponse = await admin.request('GET', `/api/v1/claims?q=${encodeURIComponent(term)}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    found.push(...res.body.items.map((i: { name: string }) => i.name));
    cursor = res.body.nextCursor;
  } while (cursor);
  return found.sort();
};
// What a search must answer: every claim of the organisation whose text holds the term.
const expected = async (term: string) =>
  (
    await sql<{ name: string }>`select c.name from claims c join users u on u.organisation_id = c.organisation_id
      where u.email = 'partner.admin@northwind.example' and c.deleted_at is null and strpos(c.search_text, lower(${term})) > 0`.execute(t.db)
  ).rows
    .map((r) => r.name)
    .sort();

describe('searching claims', () => {
  it('looks a rare word up in the index and checks the whole term, so a mixed term finds exactly its claims', async () => {
    // The sample ANALYZE took says ".search.example" is on every claim and t42 on almost none.
    expect(planClaimSearch('t42.search', await loadSearchSample(t.db))).toEqual({ term: 't42.search', indexWords: ['t42'] });
    expect(await names('T42.search')).toEqual(['Search 42 Contoso']);
    expect(await names('t4.search')).toEqual(['Search 4 Contoso']);
    expect(await names('Search 40 Woodgrove')).toEqual(['Search 40 Woodgrove']);
  });

  it('answers common, rare, mixed and absent terms exactly as a scan of every claim would', async () => {
    for (const term of ['woodgrove', 'search.example', 't1', 't12.search.example', '9 woodgrove', 'zz9.search', 'contoso t3', '%', '_']) {
      expect(await names(term), term).toEqual(await expected(term));
    }
  });
});
