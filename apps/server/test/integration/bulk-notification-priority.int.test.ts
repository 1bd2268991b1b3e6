import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDueConsentWindows } from '../../src/modules/consent/close-due-consent-windows';
import { PARTNER_SEND_PRIORITY, queueClaimNotifications } from '../../src/modules/notifications/queue-claim-notifications';
import { seedConsentWindows, seedPartners } from '../helpers/seed-consent-windows';
import { createTestApp, type TestApp } from '../helpers/test-app';

// When many windows close at once, each customer's message (it carries the association's links)
// is sent ahead of the partners' notices: its send jobs run first (graphile-worker priority).
let t: TestApp;
beforeAll(async () => {
  // An SMTP relay is configured (no worker runs here, so nothing is sent): messages get send jobs.
  t = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:9' });
});
afterAll(async () => {
  await t.close();
});

describe('messages of closings in bulk', () => {
  it("queues the customers' messages in send jobs of their own that run before the partners'", async () => {
    const partners = await seedPartners(t.db, { count: 2, prefix: 'Priority' });
    const windows = await seedConsentWindows(t.db, { partners, count: 6, closesAt: new Date(t.clock.now().getTime() - 1000), prefix: 'Prio' });
    const closed = await closeDueConsentWindows({ db: t.db, clock: t.clock });
    expect(closed.activated).toBe(6);
    const notify = await sql<{ payload: { items: Parameters<typeof queueClaimNotifications>[1]['items'] } }>`
      select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id where k.identifier = 'notify-claims'`.execute(t.db);
    const items = notify.rows.flatMap((r) => r.payload.items);
    expect(new Set(items.map((i) => i.claimId))).toEqual(new Set(windows.map((w) => w.claimId)));
    await t.db.transaction().execute((trx) => queueClaimNotifications(trx, { config: t.config, items, at: t.clock.now() }));

    const jobs = await sql<{ priority: number; templates: string[] }>`
      select j.priority, array(select e.template from outbound_emails e where e.id = any(array(select jsonb_array_elements_text(j.payload::jsonb -> 'emailIds'))::uuid[])) as templates
      from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id where k.identifier = 'send-emails'`.execute(t.db);
    const customer = jobs.rows.filter((j) => j.templates.includes('ASSOCIATION_ACTIVE'));
    const partner = jobs.rows.filter((j) => !j.templates.includes('ASSOCIATION_ACTIVE'));
    expect(customer.flatMap((j) => j.templates)).toEqual(Array(6).fill('ASSOCIATION_ACTIVE'));
    expect(customer.every((j) => j.priority === 0)).toBe(true);
    expect(partner.flatMap((j) => j.templates)).toHaveLength(12);
    expect(partner.every((j) => j.priority === PARTNER_SEND_PRIORITY && PARTNER_SEND_PRIORITY > 0)).toBe(true);
  });
});
