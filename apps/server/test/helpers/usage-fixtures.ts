import { expect } from 'vitest';
import { demoTenant } from './claim-fixtures';
import { linkToken } from './consent-fixtures';
import { csv, importFile } from './import-fixtures';
import { submitClaim } from './review-fixtures';
import { drainJobs } from './run-jobs';
import { type CaughtMail, startSmtpSink } from './smtp-sink';
import { createTestApp, type TestApp, type TestClient } from './test-app';
import { nextWeekday } from './test-epoch';

/** The UTC month (YYYY-MM) `offset` months from the month of `at`. */
export function monthFrom(at: Date, offset: number): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
}

/** Imports `count` months of one product's usage for a tenant, the clock's month being the `current`-th (1-based). */
export async function importMonths(t: TestApp, admin: TestClient, { tenantId, productCode, count = 12, current = 5 }: { tenantId: string; productCode: string; count?: number; current?: number }) {
  const months = Array.from({ length: count }, (_, i) => monthFrom(t.clock.now(), i + 1 - current));
  const done = await importFile(t, admin, 'usage', csv('tenant_id,product_code,subscription_id,month,licensed_seats,active_users', ...months.map((m, i) => `${tenantId},${productCode},,${m},100,${10 + i}`)));
  expect(done).toMatchObject({ status: 'SUCCEEDED', rejected: 0 });
  return months;
}

/** Submits, approves and lets the customer confirm through the e-mailed link: an ACTIVE claim with its associations. */
export async function activateThroughCustomer(t: TestApp, smtp: Awaited<ReturnType<typeof startSmtpSink>>, { admin, reviewer, tenantId, overrides }: { admin: TestClient; reviewer: TestClient; tenantId: string; overrides: Record<string, unknown> }): Promise<string> {
  const id = await submitClaim(admin, tenantId, overrides);
  await drainJobs(t);
  expect((await reviewer.request('POST', `/api/v1/claims/${id}/approve`, {})).status).toBe(200);
  await drainJobs(t);
  const email = await t.db.selectFrom('outbound_emails').select('id').where('claim_id', '=', id).where('template', '=', 'CONSENT_REQUEST').executeTakeFirstOrThrow();
  const mail = smtp.messages.find((m) => m.messageId === `<${email.id}@associa>`)!;
  expect((await t.anonymous.request('POST', `/api/v1/consent/${linkToken(mail)}/confirm`, {})).status).toBe(200);
  await drainJobs(t);
  return id;
}

/** The token of the customer page link in a caught e-mail. */
export function customerPageToken(mail: CaughtMail): string {
  const match = /https:\/\/associa\.test\/customer\/([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

/** How many usage access entries there are now. */
export async function accessEntries(t: TestApp): Promise<number> {
  const row = await t.db.selectFrom('usage_access_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export { demoTenant };

/**
 * The usage tests' starting point: an app with a mail sink, the demo's partner and vendor staff
 * signed in, twelve months of Contoso Nederland's Teams usage and Northwind's association on it,
 * started in the fifth month (the clock's).
 */
export async function startUsageScenario(claimName: string) {
  const smtp = await startSmtpSink();
  const t = await createTestApp({ now: nextWeekday('tuesday'), smtpUrl: smtp.url });
  const northwind = await t.loginAs('partner.admin@northwind.example');
  const northwindUser = await t.loginAs('partner.user@northwind.example');
  const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
  const reviewer = await t.loginAs('reviewer@vendor.example');
  const programAdmin = await t.loginAs('program.admin@vendor.example');
  const contoso = (await demoTenant(t.db, 'contoso.nl')).tenantId;
  const months = await importMonths(t, programAdmin, { tenantId: contoso, productCode: 'MICROSOFT_TEAMS' });
  const claimId = await activateThroughCustomer(t, smtp, { admin: northwind, reviewer, tenantId: contoso, overrides: { name: claimName } });
  const associationId = (await t.db.selectFrom('associations').select('id').where('claim_id', '=', claimId).executeTakeFirstOrThrow()).id;
  return { smtp, t, northwind, northwindUser, fabrikam, reviewer, programAdmin, contoso, months, associationId };
}
