import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

/** One message as the receiver got it: the raw body (signatures cover it byte for byte) and the headers. */
type Received = { body: string; headers: IncomingHttpHeaders };

/** A real HTTP receiver on the loopback address (allowed by the e2e server's ASSOCIA_WEBHOOK_ALLOWED_HOSTS), answering 200. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok from the e2e receiver');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hooks/associa`, received };
}

/** The Standard Webhooks headers of a message, for `Webhook.verify`. */
const signatureHeaders = (message: Received) => ({
  'webhook-id': String(message.headers['webhook-id']),
  'webhook-timestamp': String(message.headers['webhook-timestamp']),
  'webhook-signature': String(message.headers['webhook-signature']),
});

let receiver: Awaited<ReturnType<typeof startReceiver>>;
test.beforeAll(async () => {
  receiver = await startReceiver();
});
test.afterAll(async () => {
  await new Promise((resolve) => receiver.server.close(resolve));
});

test('a partner admin registers a webhook, sees its secret once, and a signed test event arrives and is logged', async ({ page }) => {
  await signIn(page, 'partner.admin@fabrikam.example');
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await expect(page).toHaveURL(/\/webhooks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

  const description = `Fabrikam CRM ${Date.now()}`;
  await page.getByRole('button', { name: 'Add webhook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add webhook' });
  await dialog.getByLabel('Endpoint URL').fill(receiver.url);
  await expect(dialog.getByRole('checkbox', { name: /Claim status changed/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /Association started/ }).check();
  // A partner's endpoint never hears about the vendor's imports.
  await expect(dialog.getByRole('checkbox', { name: /Import finished/ })).toBeDisabled();
  await dialog.getByLabel('Description').fill(description);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Add webhook' }).click();

  const created = page.getByRole('dialog', { name: 'Webhook added' });
  const secret = await created.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
  await expect(created).toContainText('shown only once');
  await expect(created.getByRole('button', { name: 'Copy secret' })).toBeVisible();
  await created.getByRole('button', { name: 'Done' }).click();
  await expect(created).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);

  const row = page.getByRole('row').filter({ hasText: description });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Association started');
  // Only the secret's first characters stay on screen, to tell secrets apart.
  await expect(row).toContainText(`${secret.slice(0, 10)}…`);
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('button', { name: `Actions for webhook ${receiver.url}` }).click();
  await page.getByRole('menuitem', { name: 'Send test event' }).click();
  await expect(page.getByText(`A test event is on its way to ${receiver.url}.`)).toBeVisible();

  // The delivery log polls while the message is queued, and shows the receiver's answer.
  await row.getByRole('link', { name: receiver.url }).click();
  await expect(page).toHaveURL(/\/webhooks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: description })).toBeVisible();
  const log = page.getByTestId('webhook-deliveries');
  // A delivery's own row, not the row its attempts open in.
  const toggleName = /Show the attempts of webhook\.test/;
  const toggles = log.getByRole('button', { name: toggleName });
  const delivery = log.getByRole('row').filter({ has: page.getByRole('button', { name: toggleName }) });
  await expect(delivery).toContainText('Delivered', { timeout: 30_000 });
  await expect(delivery.getByTestId('delivery-status-code')).toHaveText('200');
  await toggles.click();
  const attempts = page.getByTestId('delivery-attempts');
  await expect(attempts.getByRole('cell', { name: '200', exact: true })).toBeVisible();
  await expect(attempts).toContainText('ok from the e2e receiver');
  await expectNoSeriousA11yViolations(page);

  // What the receiver got verifies with the secret shown at creation, and with no other.
  expect(receiver.received).toHaveLength(1);
  const [first] = receiver.received;
  const message = new Webhook(secret).verify(first!.body, signatureHeaders(first!)) as { type: string; data: { webhookId: string } };
  expect(message.type).toBe('webhook.test');
  expect(page.url()).toContain(message.data.webhookId);
  const stranger = new Webhook(`whsec_${randomBytes(24).toString('base64')}`);
  expect(() => stranger.verify(first!.body, signatureHeaders(first!))).toThrow();

  // Redelivery sends the same message again, with the same webhook-id for the receiver to deduplicate on.
  await delivery.getByRole('button', { name: /^Redeliver webhook\.test/ }).click();
  await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
  expect(receiver.received[1]!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
  await expect(delivery).toContainText('Delivered', { timeout: 30_000 });
  await expect(delivery.getByRole('cell', { name: '2', exact: true })).toBeVisible();

  // Rotation shows a new secret once; for a day messages carry signatures by both.
  await page.getByRole('button', { name: `Actions for webhook ${receiver.url}` }).click();
  await page.getByRole('menuitem', { name: 'Rotate secret' }).click();
  const rotate = page.getByRole('dialog', { name: 'Rotate signing secret?' });
  await expect(rotate).toContainText('The old secret stays valid for 24 hours');
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  const rotated = page.getByRole('dialog', { name: 'New signing secret' });
  const newSecret = await rotated.getByLabel('Signing secret').inputValue();
  expect(newSecret).toMatch(/^whsec_/);
  expect(newSecret).not.toBe(secret);
  await expect(rotated).toContainText('The old secret keeps signing until');
  await rotated.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Send test event' }).click();
  await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(3);
  const third = receiver.received[2]!;
  expect(new Webhook(newSecret).verify(third.body, signatureHeaders(third))).toMatchObject({ type: 'webhook.test' });
  expect(new Webhook(secret).verify(third.body, signatureHeaders(third))).toMatchObject({ type: 'webhook.test' });
  await expect(toggles).toHaveCount(2);

  // Deleting asks first, then the endpoint and its log are gone.
  await page.getByRole('button', { name: `Actions for webhook ${receiver.url}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete webhook?' });
  await expect(confirm).toContainText(receiver.url);
  await confirm.getByRole('button', { name: 'Delete webhook' }).click();
  await expect(page).toHaveURL(/\/webhooks$/);
  await expect(page.getByRole('row').filter({ hasText: description })).toHaveCount(0);
});
