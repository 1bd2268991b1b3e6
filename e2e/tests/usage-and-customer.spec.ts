import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signedInPage, signIn } from './helpers';
import { linkIn, waitForMail } from './mail-helpers';

const MAIN = 'main';
const CONTACT = 'megan.bowen@contoso.com';

/** The UTC month (YYYY-MM) `offset` months from the month of `at`. */
const monthFrom = (at: Date, offset: number) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);

test('the vendor imports usage, the partner opens its customer chart, the vendor sees that read logged, and the customer sees that read on its page', async ({ page, browser, baseURL, request }) => {
  // The demo's Northwind association on Contoso Ltd's Teams, read through the session of Northwind's
  // user (its admin signs in in most specs, and the login limit counts them all); usage from the
  // month before the association began to this month.
  const partner = await signedInPage(browser, baseURL!, 'partner.user@northwind.example');
  await expect(partner).toHaveURL(/\/claims$/);
  const listed = await partner.request.get('/api/v1/associations?status=ACTIVE&limit=200');
  expect(listed.status()).toBe(200);
  const { items } = (await listed.json()) as { items: { customer: { tenantId: string; domain: string }; productCode: string; startedAt: string }[] };
  const association = items.find((a) => a.customer.domain === 'contoso.com' && a.productCode === 'MICROSOFT_TEAMS');
  expect(association, 'the demo association of Northwind on Contoso Ltd Teams').toBeDefined();
  const { tenantId } = association!.customer;
  const start = new Date(association!.startedAt);
  const [before, first, now] = [monthFrom(start, -1), monthFrom(start, 0), monthFrom(new Date(), 0)];
  const csv = ['tenant_id,product_code,subscription_id,month,licensed_seats,active_users', `${tenantId},MICROSOFT_TEAMS,,${before},1500,300`, `${tenantId},MICROSOFT_TEAMS,,${first},1500,400`, `${tenantId},MICROSOFT_TEAMS,,${now},1500,550`].join('\n');

  await signIn(page, 'program.admin@vendor.example');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Imports' }).click();
  await page.getByRole('radio', { name: 'Usage' }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles({ name: `usage-${Date.now()}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-run').getByRole('status').filter({ hasText: 'Succeeded' })).toBeVisible({ timeout: 30_000 });

  // The program dashboard counts the growth since the association's start.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Usage dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage dashboard' })).toBeVisible();
  const growth = page.getByTestId('dashboard-growth').getByRole('row').filter({ hasText: 'Contoso Ltd' }).filter({ hasText: 'Teams' });
  await expect(growth).toContainText('+150');
  await expect(growth).toContainText('Northwind Traders');
  await expectNoSeriousA11yViolations(page, MAIN);

  // The partner's usage overview and the customer's chart (its months from the start month only).
  await partner.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Usage', exact: true }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  const row = partner.getByTestId('usage').getByRole('row').filter({ hasText: 'Contoso Ltd' }).filter({ hasText: 'Teams' });
  await expect(row).toContainText('+150');
  await expect(row).toContainText('+37.5%');
  await expect(partner.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', /\/api\/v1\/usage\?.*format=csv/);
  await expectNoSeriousA11yViolations(partner, MAIN);
  await row.getByRole('link', { name: 'Contoso Ltd' }).click();
  await expect(partner.getByRole('heading', { level: 1 })).toContainText('Contoso Ltd');
  await expect(partner.getByTestId('usage-chart')).toBeVisible();
  const months = partner.getByTestId('usage-months').locator('tbody tr');
  await expect(months).toHaveCount(first === now ? 1 : 2);
  await expect(months.first()).toContainText('400');
  await expect(months.last()).toContainText('550');
  await expectNoSeriousA11yViolations(partner, MAIN);

  await partner.context().close();

  // The vendor's access log holds that read.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Usage access log' }).click();
  await expect(page.getByTestId('usage-access-log').getByRole('row').filter({ hasText: 'Northwind Traders' }).filter({ hasText: 'Association chart' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);

  // The customer asks for its page, follows the e-mailed link, and sees Northwind's read.
  const customerContext = await browser.newContext({ baseURL });
  const customer = await customerContext.newPage();
  await customer.goto('/customer');
  await customer.getByLabel('E-mail address').fill(CONTACT);
  await customer.getByRole('button', { name: 'Send me a link' }).click();
  await expect(customer.getByText(`If ${CONTACT} is a customer contact, a link is on its way.`)).toBeVisible();
  await expectNoSeriousA11yViolations(customer);
  await customer.goto(linkIn(await waitForMail(request, CONTACT, 'Your Associa customer page for Contoso Ltd'), 'customer'));
  await expect(customer.getByRole('heading', { level: 1 })).toContainText('Contoso Ltd');
  await expect(customer.getByTestId('customer-associations').getByRole('row').filter({ hasText: 'Northwind Traders' }).first()).toBeVisible();
  const read = customer.getByTestId('customer-access-log').getByRole('row').filter({ hasText: 'Northwind Traders' }).first();
  await expect(read).toContainText('Teams');
  await expectNoSeriousA11yViolations(customer);

  // A broken link says so.
  await customer.goto('/customer/not-a-real-link-token-at-all');
  await expect(customer.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
  await customerContext.close();
});
