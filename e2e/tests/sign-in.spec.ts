import { expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, locationMpnIdsOf, signIn } from './helpers';

type LocationsBody = { items: { mpnId: string; name: string }[] };

test('a partner admin signs in, sees their locations, switches to Dutch and signs out', async ({ page }, testInfo) => {
  await signIn(page, 'partner.admin@northwind.example');

  // A partner lands on their customer associations, the first page of the menu.
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer associations' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
  await expect(page).toHaveURL(/\/locations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Locations' })).toBeVisible();

  const answer = await page.request.get('/api/v1/locations');
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as LocationsBody;
  expect(items).toHaveLength(2);

  const table = page.getByRole('table', { name: 'Partner locations' });
  await expect(table.getByRole('row')).toHaveCount(items.length + 1); // plus the header row
  for (const location of items) {
    const row = table.getByRole('row').filter({ hasText: location.mpnId });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(location.name);
  }
  await expect(page.getByRole('navigation')).toContainText('Locations');
  await expect(page.getByRole('banner')).toContainText('Northwind');

  await page.screenshot({ path: testInfo.outputPath('locations.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Language').selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Locaties' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await page.evaluate(() => localStorage.getItem('associa.language'))).toBe('nl');
  await expectNoSeriousA11yViolations(page);

  // Signing out is in the menu behind the user's name.
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test("a partner admin sees only their own organisation's location and no customer directory", async ({
  page,
  baseURL,
}) => {
  const northwindApi = await playwrightRequest.newContext({ baseURL });
  const northwindMpnIds = await locationMpnIdsOf(northwindApi, 'partner.admin@northwind.example');
  await northwindApi.dispose();
  expect(northwindMpnIds.length).toBeGreaterThan(0);

  await signIn(page, 'partner.admin@fabrikam.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Customer associations' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locations' })).toBeVisible();

  const { items } = (await (await page.request.get('/api/v1/locations')).json()) as LocationsBody;
  expect(items).toHaveLength(1);
  const table = page.getByRole('table', { name: 'Partner locations' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').filter({ hasText: items[0]!.mpnId })).toHaveCount(1);
  for (const mpnId of northwindMpnIds) {
    await expect(page.getByText(mpnId)).toHaveCount(0);
  }

  await expect(page.getByRole('link', { name: 'Customer directory' })).toHaveCount(0);
  const tenants = await page.request.get('/api/v1/tenants');
  expect(tenants.status()).toBe(403);
});

test('a wrong password shows the server message and stays on the sign-in page', async ({ page, baseURL }) => {
  const probe = await playwrightRequest.newContext({ baseURL });
  const refused = await probe.post('/api/v1/auth/login', {
    data: { email: 'partner.user@northwind.example', password: `${DEMO_PASSWORD}-wrong` },
  });
  expect(refused.status()).toBe(401);
  const { error } = (await refused.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('INVALID_CREDENTIALS');
  await probe.dispose();

  await signIn(page, 'partner.user@northwind.example', 'not-the-password');

  const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(error.message);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toBeVisible();
});
