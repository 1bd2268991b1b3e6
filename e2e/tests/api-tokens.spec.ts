import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

test('a partner admin creates an API token, uses it once shown, and revokes it', async ({ page, baseURL }) => {
  // A visitor who asks for a page is sent to sign in and brought back to it.
  await page.goto('/tokens');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('E-mail address').fill('partner.admin@northwind.example');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('associa-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/tokens$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  const name = `CI integration ${Date.now()}`;
  await page.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API token' });
  await dialog.getByLabel('Token name').fill(name);
  await dialog.getByLabel('Valid for (days)').fill('30');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create token' }).click();

  const created = page.getByRole('dialog', { name: 'Token created' });
  const secret = await created.getByLabel('Your new token').inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await expect(created.getByRole('button', { name: 'Copy token' })).toBeVisible();

  const bearer = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  expect((await bearer.get('/api/v1/me')).status()).toBe(200);

  await created.getByRole('button', { name: 'Done' }).click();
  await expect(created).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('button', { name: `Revoke token ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke token?' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Revoke token' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  expect((await bearer.get('/api/v1/me')).status()).toBe(401);
  await bearer.dispose();
});
