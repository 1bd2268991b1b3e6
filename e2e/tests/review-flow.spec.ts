import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, signedInPage } from './helpers';
import { submitContosoClaim } from './review-helpers';
import { MAIN, POE } from './wizard-helpers';

const SIGNATURE = "The proof of execution lacks the customer's signature.";

test('a reviewer asks for information, the partner responds, the reviewer approves', async ({ browser, baseURL }) => {
  const name = `Review flow ${Date.now()}`;
  const id = await submitContosoClaim(baseURL!, name);

  // The reviewer lands on the review queue and opens the claim from it.
  const reviewer = await signedInPage(browser, baseURL!, 'reviewer@vendor.example');
  await expect(reviewer).toHaveURL(/\/review$/);
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await expect(reviewer.getByRole('link', { name })).toBeVisible();
  await expectNoSeriousA11yViolations(reviewer);
  await reviewer.getByRole('link', { name }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/claims/${id}$`));
  const panel = reviewer.getByTestId('decision-panel');
  await expect(panel).toBeVisible();
  await expect(reviewer.getByTestId('claim-deadline')).toContainText('Review due');
  await expectNoSeriousA11yViolations(reviewer, MAIN);

  await panel.getByRole('checkbox', { name: SIGNATURE }).check();
  await panel.getByRole('textbox', { name: 'Message' }).fill('Please add the signed proof of execution.');
  await panel.getByRole('button', { name: 'Request information' }).click();
  await expect(reviewer.getByText('Action required').first()).toBeVisible();

  // The partner sees the request and its due date, and responds with a new document.
  const partner = await signedInPage(browser, baseURL!, 'partner.admin@northwind.example');
  await expect(partner).toHaveURL(/\/claims$/);
  await partner.goto(`/claims/${id}`);
  const request = partner.getByTestId('information-request');
  await expect(request).toContainText(SIGNATURE);
  await expect(request).toContainText('Please add the signed proof of execution.');
  await expect(partner.getByTestId('claim-deadline')).toContainText('Respond by');
  await expect(partner.getByTestId('claim-deadline')).toContainText(/\d{2}:\d{2}/);
  await expectNoSeriousA11yViolations(partner, MAIN);
  await partner.getByRole('textbox', { name: 'Your answer' }).fill('Signed version attached.');
  const chooser = partner.waitForEvent('filechooser');
  await partner.getByRole('button', { name: /New documents/ }).click();
  await (await chooser).setFiles({ ...POE, name: 'signed-poe.pdf' });
  await partner.getByRole('button', { name: 'Send response' }).click();
  await expect(partner.getByTestId('claim-deadline')).toContainText('Review due');
  await expect(partner.getByRole('link', { name: 'signed-poe.pdf' })).toBeVisible();

  // The reviewer sees the revision and approves.
  await reviewer.reload();
  await expect(reviewer.getByTestId('claim-revisions')).toContainText('Signed version attached.');
  await panel.getByRole('tab', { name: 'Approve' }).click();
  await panel.getByRole('button', { name: 'Approve claim' }).click();
  await expect(reviewer.getByTestId('claim-deadline')).toContainText('Consent window closes');

  // The partner sees the claim waiting for the customer's consent, and when that window closes.
  await partner.reload();
  await expect(partner.locator('[data-status="CUSTOMER_CONSENT"]').first()).toBeVisible();
  await expect(partner.getByTestId('claim-deadline')).toContainText('Consent window closes');
  await expect(partner.getByTestId('claim-deadline')).toContainText(/\d{4}, \d{2}:\d{2}/);
});

test('a program admin reads the e-mails the review sent in the outbox', async ({ page }) => {
  await signIn(page, 'program.admin@vendor.example');
  await page.getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const table = page.getByTestId('outbox');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // The e2e server relays through a real SMTP sink, so the review's messages were delivered, not kept.
  await expect(table.getByRole('cell', { name: 'Sent', exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);
  const toggle = table.getByRole('button', { name: /Show or hide the message/ }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(table.locator('pre, code').first()).toBeVisible();
});
