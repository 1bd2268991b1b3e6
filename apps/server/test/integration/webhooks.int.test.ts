import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhookSweepJob } from '../../src/jobs/deliver-webhook-sweep.job';
import { demoTenant } from '../helpers/claim-fixtures';
import { submitClaim } from '../helpers/review-fixtures';
import { drainJobs, runJob } from '../helpers/run-jobs';
import { startSmtpSink } from '../helpers/smtp-sink';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';
import { nextWeekday } from '../helpers/test-epoch';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let northwind: TestClient;
let fabrikam: TestClient;
let contoso: string;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ now: nextWeekday('tuesday'), smtpUrl: smtp.url });
  // The test's receivers listen on 127.0.0.1 over http: the operator's allow-list lets them in.
  t.config.webhookAllowedHosts = ['127.0.0.1'];
  t.config.webhookTimeoutMs = 1000;
  northwind = await t.loginAs('partner.admin@northwind.example');
  fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
});
afterAll(async () => {
  for (const r of receivers) await r.close();
  await t.close();
  await smtp.close();
});

async function receiver(behaviour?: Parameters<typeof startWebhookReceiver>[0]) {
  const r = await startWebhookReceiver(behaviour);
  receivers.push(r);
  return r;
}

async function register(client: TestClient, url: string, eventTypes: string[] = ['claim.status_changed']) {
  const res = await client.request('POST', '/api/v1/webhooks', { url, eventTypes, description: 'CRM' });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; secret: string };
}

/** Moves the app's clock and runs what the worker would then run. */
async function advance(ms: number) {
  t.clock.advance(ms);
  await runJob(t, deliverWebhookSweepJob);
  await drainJobs(t);
}

async function deliveries(client: TestClient, webhookId: string) {
  const res = await client.request('GET', `/api/v1/webhooks/${webhookId}/deliveries`);
  expect(res.status, res.text).toBe(200);
  return res.body.items as any[];
}

async function sendTest(client: TestClient, webhookId: string): Promise<string> {
  const res = await client.request('POST', `/api/v1/webhooks/${webhookId}/test`);
  expect(res.status, res.text).toBe(202);
  await drainJobs(t);
  return res.body.id as string;
}

describe('webhooks', () => {
  it('delivers a claim status change signed per Standard Webhooks, to its own organisation only', async () => {
    const nw = await receiver();
    const fab = await receiver();
    const endpoint = await register(northwind, nw.url);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const fabEndpoint = await register(fabrikam, fab.url, ['claim.status_changed', 'association.started', 'association.ended', 'consent.answered']);
    // The secret is in the create answer only.
    const read = await northwind.request('GET', `/api/v1/webhooks/${endpoint.id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(read.text).not.toContain(endpoint.secret);

    const claimId = await submitClaim(northwind, contoso, { name: 'Webhook claim' });
    await drainJobs(t);
    expect(nw.received.length).toBeGreaterThanOrEqual(1);
    const message = nw.received[0]!;
    const verified = new Webhook(endpoint.secret).verify(message.body, message.headers) as any;
    expect(verified).toMatchObject({ type: 'claim.status_changed', data: { claimId, claimName: 'Webhook claim', from: 'DRAFT', to: 'UNDER_REVIEW', mpnId: '4412001', organisationName: expect.any(String), actor: { type: 'USER' } } });
    expect(message.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(() => new Webhook(fabEndpoint.secret).verify(message.body, message.headers)).toThrow();
    // Fabrikam hears nothing of Northwind's claim.
    expect(fab.received).toHaveLength(0);
    expect(await t.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', fabEndpoint.id).execute()).toHaveLength(0);

    const log = await deliveries(northwind, endpoint.id);
    const delivery = log.find((d) => d.id === message.headers['webhook-id'])!;
    expect(delivery).toMatchObject({ status: 'DELIVERED', eventType: 'claim.status_changed', attemptCount: 1, nextAttemptAt: null });
    expect(delivery.attempts[0]).toMatchObject({ statusCode: 204, error: null });
    await northwind.request('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    await fabrikam.request('DELETE', `/api/v1/webhooks/${fabEndpoint.id}`);
  });

  it('retries an answer of 500 after 5 s, 5 min, 30 min, 2 h, 5 h and 10 h, then marks the delivery failed', async () => {
    const r = await receiver({ status: 500, body: 'database down' });
    const endpoint = await register(northwind, r.url);
    const deliveryId = await sendTest(northwind, endpoint.id);
    expect(r.received).toHaveLength(1);
    const schedule = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];
    for (const [i, wait] of schedule.entries()) {
      const [before] = await deliveries(northwind, endpoint.id);
      expect(before.status).toBe('PENDING');
      expect(new Date(before.nextAttemptAt).getTime() - new Date(before.attempts[0].attemptedAt).getTime()).toBe(wait);
      await advance(wait - 1000);
      expect(r.received, `not before the ${i + 1}. retry is due`).toHaveLength(i + 1);
      await advance(1000);
      expect(r.received).toHaveLength(i + 2);
    }
    const [failed] = await deliveries(northwind, endpoint.id);
    expect(failed).toMatchObject({ id: deliveryId, status: 'FAILED', attemptCount: 7, nextAttemptAt: null });
    expect(failed.attempts[0]).toMatchObject({ statusCode: 500, error: 'HTTP_STATUS', responseExcerpt: 'database down' });
    // Every attempt carried the same webhook-id.
    expect(new Set(r.received.map((m) => m.headers['webhook-id']))).toEqual(new Set([deliveryId]));
    await advance(86_400_000);
    expect(r.received).toHaveLength(7);

    // Redelivery sends it once more, with the same id, on a fresh schedule.
    r.answer({ status: 200 });
    const again = await northwind.request('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`);
    expect(again.status, again.text).toBe(202);
    expect(again.body.status).toBe('PENDING');
    await drainJobs(t);
    expect(r.received).toHaveLength(8);
    expect(r.received[7]!.headers['webhook-id']).toBe(deliveryId);
    expect((await deliveries(northwind, endpoint.id))[0]).toMatchObject({ status: 'DELIVERED', attemptCount: 8 });
    await northwind.request('DELETE', `/api/v1/webhooks/${endpoint.id}`);
  });

  it('retries a receiver that is down or slower than the timeout, and recovers when it answers', async () => {
    const slow = await receiver({ status: 200, delayMs: 3000 });
    const down = await receiver();
    const downUrl = down.url;
    await down.close();
    const slowEndpoint = await register(northwind, slow.url);
    const downEndpoint = await register(northwind, downUrl);
    await sendTest(northwind, slowEndpoint.id);
    await sendTest(northwind, downEndpoint.id);
    const [slowDelivery] = await deliveries(northwind, slowEndpoint.id);
    const [downDelivery] = await deliveries(northwind, downEndpoint.id);
    expect(slowDelivery).toMatchObject({ status: 'PENDING', attemptCount: 1, attempts: [{ error: 'TIMEOUT', statusCode: null }] });
    expect(slowDelivery.attempts[0].durationMs).toBeGreaterThanOrEqual(950);
    expect(downDelivery).toMatchObject({ status: 'PENDING', attemptCount: 1, attempts: [{ error: 'CONNECTION_FAILED', statusCode: null }] });
    expect((await northwind.request('GET', `/api/v1/webhooks/${downEndpoint.id}`)).body.failingSince).not.toBeNull();

    slow.answer({ status: 200 });
    await advance(5000);
    expect((await deliveries(northwind, slowEndpoint.id))[0]).toMatchObject({ status: 'DELIVERED', attemptCount: 2 });
    expect((await northwind.request('GET', `/api/v1/webhooks/${slowEndpoint.id}`)).body.failingSince).toBeNull();
    expect((await deliveries(northwind, downEndpoint.id))[0]).toMatchObject({ status: 'PENDING', attemptCount: 2 });
    await northwind.request('DELETE', `/api/v1/webhooks/${slowEndpoint.id}`);

    // Five days of failures in a row: disabled, and the organisation's admin is told.
    t.clock.advance(5 * 86_400_000);
    await sendTest(northwind, downEndpoint.id);
    const disabled = await northwind.request('GET', `/api/v1/webhooks/${downEndpoint.id}`);
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'FAILING' });
    const mail = smtp.messages.find((m) => m.to.includes('partner.admin@northwind.example') && /webhook/i.test(m.subject));
    expect(mail?.text).toContain(downUrl);
    const blocked = await northwind.request('POST', `/api/v1/webhooks/${downEndpoint.id}/test`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('WEBHOOK_DISABLED');
    // Enabling again starts with a clean record.
    const enabled = await northwind.request('PATCH', `/api/v1/webhooks/${downEndpoint.id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    await northwind.request('DELETE', `/api/v1/webhooks/${downEndpoint.id}`);
  });

  it('signs with the old and the new secret for 24 hours after a rotation', async () => {
    const r = await receiver();
    const endpoint = await register(northwind, r.url);
    const rotated = await northwind.request('POST', `/api/v1/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(rotated.body.previousSecretExpiresAt).not.toBeNull();
    await sendTest(northwind, endpoint.id);
    const during = r.received.at(-1)!;
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(endpoint.secret).verify(during.body, during.headers)).toMatchObject({ type: 'webhook.test' });
    expect(new Webhook(rotated.body.secret).verify(during.body, during.headers)).toMatchObject({ type: 'webhook.test' });

    t.clock.advance(24 * 3_600_000 + 60_000);
    await sendTest(northwind, endpoint.id);
    const after = r.received.at(-1)!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => new Webhook(endpoint.secret).verify(after.body, after.headers)).toThrow();
    expect(new Webhook(rotated.body.secret).verify(after.body, after.headers)).toMatchObject({ type: 'webhook.test' });
    await northwind.request('DELETE', `/api/v1/webhooks/${endpoint.id}`);
  });

  it('refuses a URL that resolves to 127.0.0.1 unless the host is allowed, at registration and again when sending', async () => {
    const r = await receiver();
    t.config.webhookAllowedHosts = [];
    const viaName = await northwind.request('POST', '/api/v1/webhooks', { url: `https://localhost:${r.port}/hook`, eventTypes: ['claim.status_changed'] });
    expect(viaName.status).toBe(400);
    expect(viaName.body.error).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED', details: [{ path: 'url', code: 'ADDRESS_NOT_ALLOWED' }] });
    const metadata = await northwind.request('POST', '/api/v1/webhooks', { url: 'https://169.254.169.254/latest', eventTypes: ['claim.status_changed'] });
    expect(metadata.body.error.details[0].code).toBe('ADDRESS_NOT_ALLOWED');
    const plain = await northwind.request('POST', '/api/v1/webhooks', { url: r.url, eventTypes: ['claim.status_changed'] });
    expect(plain.body.error.details[0].code).toBe('HTTPS_REQUIRED');

    // Registered while the operator allowed the host; the allowance is gone when the worker sends.
    t.config.webhookAllowedHosts = ['localhost', '127.0.0.1'];
    const https = await register(northwind, `https://localhost:${r.port}/hook`);
    const http = await register(northwind, r.url);
    t.config.webhookAllowedHosts = [];
    await sendTest(northwind, https.id);
    await sendTest(northwind, http.id);
    t.config.webhookAllowedHosts = ['127.0.0.1'];
    expect((await deliveries(northwind, https.id))[0].attempts[0]).toMatchObject({ error: 'ADDRESS_NOT_ALLOWED', statusCode: null });
    expect((await deliveries(northwind, http.id))[0].attempts[0]).toMatchObject({ error: 'URL_NOT_ALLOWED', statusCode: null });
    expect(r.connections).toBe(0);
    expect(r.received).toHaveLength(0);
    await northwind.request('DELETE', `/api/v1/webhooks/${https.id}`);
    await northwind.request('DELETE', `/api/v1/webhooks/${http.id}`);
  });

  it("answers 403 to partner users and reviewers, 404 for another organisation's webhook, 400 for vendor-only types", async () => {
    const r = await receiver();
    const endpoint = await register(northwind, r.url);
    const deliveryId = await sendTest(northwind, endpoint.id);
    // The clock has moved days on: sessions signed in at the start have gone idle.
    fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    const user = await t.loginAs('partner.user@northwind.example');
    const reviewer = await t.loginAs('reviewer@vendor.example');
    expect((await t.anonymous.request('GET', '/api/v1/webhooks')).status).toBe(401);
    for (const client of [user, reviewer]) {
      expect((await client.request('GET', '/api/v1/webhooks')).status).toBe(403);
      expect((await client.request('POST', '/api/v1/webhooks', { url: r.url, eventTypes: ['claim.status_changed'] })).status).toBe(403);
      expect((await client.request('GET', `/api/v1/webhooks/${endpoint.id}`)).status).toBe(403);
    }
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/v1/webhooks/${endpoint.id}`],
      ['PATCH', `/api/v1/webhooks/${endpoint.id}`, { enabled: false }],
      ['DELETE', `/api/v1/webhooks/${endpoint.id}`],
      ['GET', `/api/v1/webhooks/${endpoint.id}/deliveries`],
      ['POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`],
      ['POST', `/api/v1/webhooks/${endpoint.id}/rotate-secret`],
      ['POST', `/api/v1/webhooks/${endpoint.id}/test`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await fabrikam.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await fabrikam.request('GET', '/api/v1/webhooks')).body.items).toEqual([]);
    expect((await northwind.request('GET', `/api/v1/webhooks/${endpoint.id}`)).body.enabled).toBe(true);

    const vendorOnly = await northwind.request('POST', '/api/v1/webhooks', { url: r.url, eventTypes: ['import.finished'] });
    expect(vendorOnly.status).toBe(400);
    expect(vendorOnly.body.error.details[0]).toMatchObject({ path: 'eventTypes.0', code: 'EVENT_TYPE_NOT_ALLOWED' });
    const unknownType = await northwind.request('POST', '/api/v1/webhooks', { url: r.url, eventTypes: ['claim.deleted'] });
    expect(unknownType.status).toBe(400);
    const programAdmin = await t.loginAs('program.admin@vendor.example');
    const vendor = await programAdmin.request('POST', '/api/v1/webhooks', { url: r.url, eventTypes: ['import.finished', 'claim.status_changed'] });
    expect(vendor.status, vendor.text).toBe(201);
    expect(vendor.body.vendorWide).toBe(true);
    expect((await programAdmin.request('GET', `/api/v1/webhooks/${endpoint.id}`)).status).toBe(404);
    const pending = await northwind.request('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`);
    expect(pending.status).toBe(202);
    expect((await northwind.request('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`)).body.error.code).toBe('DELIVERY_PENDING');
    await drainJobs(t);
    await programAdmin.request('DELETE', `/api/v1/webhooks/${vendor.body.id}`);
    expect((await northwind.request('DELETE', `/api/v1/webhooks/${endpoint.id}`)).status).toBe(204);
    expect((await northwind.request('GET', `/api/v1/webhooks/${endpoint.id}`)).status).toBe(404);
  });

  it('the CLI queues an endpoint\'s failed deliveries again (after a receiver\'s outage), and refuses a wrong invocation with exit 2', async () => {
    const r = await receiver();
    const endpoint = await register(northwind, r.url);
    const deliveryId = await sendTest(northwind, endpoint.id);
    expect(r.received).toHaveLength(1);
    // As if every retry had failed while the receiver was down.
    await t.db.updateTable('webhook_deliveries').set({ status: 'FAILED', next_attempt_at: null }).where('id', '=', deliveryId).execute();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../../src/cli.ts'), 'webhooks', 'redeliver', '--failed', '--webhook', endpoint.id], {
      env: { ...process.env, DATABASE_URL: t.config.databaseUrl, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 of 1 deliveries queued again');
    await drainJobs(t);
    expect(r.received).toHaveLength(2);
    expect(r.received[1]!.headers['webhook-id']).toBe(deliveryId);
    expect((await deliveries(northwind, endpoint.id)).find((d) => d.id === deliveryId)).toMatchObject({ status: 'DELIVERED' });
    const usage = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../../src/cli.ts'), 'webhooks', 'redeliver', '--failed'], { env: { ...process.env, LOG_LEVEL: 'silent' }, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  }, 60_000);
});
