import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m365Claim } from '../helpers/claim-fixtures';
import { drainJobs } from '../helpers/run-jobs';
import type { TestClient } from '../helpers/test-app';
import { startUsageScenario } from '../helpers/usage-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

let s: Awaited<ReturnType<typeof startUsageScenario>>;
let receiver: WebhookReceiver;

beforeAll(async () => {
  s = await startUsageScenario('Events claim');
  s.t.config.webhookAllowedHosts = ['127.0.0.1'];
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await s.t.close();
  await s.smtp.close();
});

/** Reads the whole feed from a cursor, `limit` at a time. */
async function readFeed(client: TestClient, { cursor, limit = 200, query = '' }: { cursor?: string | null; limit?: number; query?: string } = {}) {
  const items: any[] = [];
  let next = cursor ?? null;
  for (;;) {
    const res = await client.request('GET', `/api/v1/events?limit=${limit}${next ? `&cursor=${next}` : ''}${query}`);
    expect(res.status, res.text).toBe(200);
    items.push(...res.body.items);
    next = res.body.nextCursor;
    if (!res.body.hasMore) return { items, cursor: next };
  }
}

describe('event feed', () => {
  it("shows a partner its own claim's status changes, association and consent answer, oldest first, and nothing of the vendor's", async () => {
    const { items } = await readFeed(s.northwindUser);
    const mine = items.filter((e) => e.data.claimName === 'Events claim');
    expect(mine.map((e) => (e.type === 'claim.status_changed' ? `${e.data.from}>${e.data.to}` : e.type))).toEqual([
      'DRAFT>UNDER_REVIEW',
      'UNDER_REVIEW>CUSTOMER_CONSENT',
      'association.started',
      'consent.answered',
      'CUSTOMER_CONSENT>ACTIVE',
    ]);
    const ids = items.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(items.every((e) => e.data.organisationId === items[0].data.organisationId)).toBe(true);
    expect(items.some((e) => e.type === 'import.finished')).toBe(false);
    const started = mine.find((e) => e.type === 'association.started');
    expect(started.data).toMatchObject({ associationId: s.associationId, program: 'OSU_M365', productCode: 'MICROSOFT_TEAMS', tenantId: s.contoso, exclusivityUnit: 'WORKLOAD' });
    expect(mine.find((e) => e.type === 'consent.answered').data).toMatchObject({ answer: 'CONFIRMED', status: 'ACTIVE', contactName: 'Carla Jansen' });
    // Paging one at a time gives the same feed; a type filter keeps only that type.
    expect((await readFeed(s.northwindUser, { limit: 1 })).items.map((e) => e.id)).toEqual(items.map((e) => e.id));
    const filtered = await readFeed(s.northwind, { query: '&type=consent.answered&type=association.started' });
    expect(new Set(filtered.items.map((e) => e.type))).toEqual(new Set(['consent.answered', 'association.started']));
  });

  it("never shows Fabrikam Northwind's events; vendor staff see everything, the finished import included", async () => {
    expect((await readFeed(s.fabrikam)).items).toEqual([]);
    const vendor = await readFeed(s.reviewer);
    expect(vendor.items.some((e) => e.data.claimName === 'Events claim')).toBe(true);
    const imported = vendor.items.find((e) => e.type === 'import.finished');
    expect(imported.data).toMatchObject({ kind: 'usage', status: 'SUCCEEDED', rejected: 0, dryRun: false });
    expect(imported.data.inserted).toBe(12);
    expect((await s.t.anonymous.request('GET', '/api/v1/events')).status).toBe(401);
    expect((await s.northwind.request('GET', '/api/v1/events?cursor=bm9wZQ')).body.error.details[0].code).toBe('INVALID_CURSOR');
  });

  it('carries an association ending to the feed and to the webhook, and Fabrikam hears none of it', async () => {
    const { cursor } = await readFeed(s.northwind);
    const fabrikamReceiver = await startWebhookReceiver();
    const hook = await s.northwind.request('POST', '/api/v1/webhooks', { url: receiver.url, eventTypes: ['association.ended', 'claim.status_changed'] });
    const fabHook = await s.fabrikam.request('POST', '/api/v1/webhooks', { url: fabrikamReceiver.url, eventTypes: ['association.ended', 'claim.status_changed', 'association.started', 'consent.answered'] });
    expect([hook.status, fabHook.status]).toEqual([201, 201]);
    const ended = await s.northwind.request('POST', `/api/v1/associations/${s.associationId}/end`, { message: 'Customer moved to another partner' });
    expect(ended.status, ended.text).toBe(200);
    await drainJobs(s.t);

    const fresh = await readFeed(s.northwind, { cursor });
    expect(fresh.items.map((e) => e.type)).toEqual(['association.ended', 'claim.status_changed']);
    expect(fresh.items[0].data).toMatchObject({ associationId: s.associationId, reason: 'PARTNER_DISASSOCIATED', message: 'Customer moved to another partner' });
    expect(fresh.items[1].data).toMatchObject({ from: 'ACTIVE', to: 'ENDED', reason: 'PARTNER_DISASSOCIATED' });
    // The webhook got the same two, in the same order, verifiable with its secret.
    const bodies = receiver.received.map((m) => new Webhook(hook.body.secret).verify(m.body, m.headers) as any);
    expect(bodies.map((b) => b.id)).toEqual(fresh.items.map((e) => e.id));
    expect(bodies).toEqual(fresh.items);
    expect(fabrikamReceiver.received).toHaveLength(0);
    expect((await readFeed(s.fabrikam)).items).toEqual([]);
    await fabrikamReceiver.close();
    // Polling on from the last cursor: nothing new, and the cursor stays.
    const res = await s.northwind.request('GET', `/api/v1/events?cursor=${fresh.cursor}`);
    expect(res.body).toEqual({ items: [], nextCursor: fresh.cursor, hasMore: false });
  });

  it('holds back a committed event while an older transaction that wrote one is still open, and loses neither', async () => {
    const { cursor } = await readFeed(s.reviewer);
    const claimId = (await s.t.db.selectFrom('associations').select('claim_id').where('id', '=', s.associationId).executeTakeFirstOrThrow()).claim_id;
    // A second claim: writers of one claim's history take turns (its hash chain), writers of two don't.
    const other = await s.northwind.request('POST', '/api/v1/claims', m365Claim(s.contoso, { name: 'Second claim' }));
    expect(other.status, other.text).toBe(201);
    const insertEvent = (id: string, to: string) => ({
      text: `insert into claim_events (claim_id, occurred_at, actor_type, actor_name, type, data) values ($1, now(), 'SYSTEM', 'Associa', 'STATUS_CHANGED', $2)`,
      values: [id, JSON.stringify({ type: 'STATUS_CHANGED', from: 'ENDED', to })],
    });
    const slow = await s.t.pool.connect();
    try {
      await slow.query('begin');
      await slow.query(insertEvent(claimId, 'ACTIVE'));
      await s.t.pool.query(insertEvent(other.body.id, 'WITHDRAWN'));
      // The later event is committed, but the older transaction may still commit an event before it.
      expect((await readFeed(s.reviewer, { cursor })).items).toEqual([]);
      await slow.query('commit');
    } finally {
      slow.release();
    }
    const after = await readFeed(s.reviewer, { cursor });
    expect(after.items.map((e) => e.data.to)).toEqual(['ACTIVE', 'WITHDRAWN']);

    // A change rolled back leaves no event and no delivery.
    const count = async () => Number((await s.t.db.selectFrom('events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    await s.t.pool.query('begin; ' + `insert into claim_events (claim_id, occurred_at, actor_type, actor_name, type, data) values ('${claimId}', now(), 'SYSTEM', 'Associa', 'STATUS_CHANGED', '{"type":"STATUS_CHANGED","from":"ENDED","to":"ACTIVE"}'); rollback;`);
    expect(await count()).toBe(before);
  });
});
