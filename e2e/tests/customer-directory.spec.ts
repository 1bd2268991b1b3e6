import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

type TenantsBody = { items: { tenantId: string; name: string }[]; nextCursor: string | null };

test('a reviewer searches the customer directory and pages through it', async ({ page }) => {
  // Ask for small pages, so the demo data needs several "Load more" clicks.
  await page.route((url) => url.pathname === '/api/v1/tenants', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', '10');
    return route.continue({ url: url.toString() });
  });

  await signIn(page, 'reviewer@vendor.example');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Customer directory' }).click();
  await expect(page).toHaveURL(/\/directory$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer directory' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Locations' })).toHaveCount(0);

  const all = (await (await page.request.get('/api/v1/tenants?limit=200')).json()) as TenantsBody;
  expect(all.items.length).toBeGreaterThan(10);

  const table = page.getByRole('table', { name: 'Customer tenants' });
  await expect(table.getByRole('row')).toHaveCount(11);
  const loadMore = page.getByRole('button', { name: 'Load more' });
  while (await loadMore.isVisible()) {
    const before = await table.getByRole('row').count();
    await loadMore.click();
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(before);
  }
  await expect(table.getByRole('row')).toHaveCount(all.items.length + 1);
  await expectNoSeriousA11yViolations(page);

  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.fill('contoso');
  const expected = (await (await page.request.get('/api/v1/tenants?q=contoso')).json()) as TenantsBody;
  expect(expected.items.length).toBeGreaterThan(0);
  await expect(table.getByRole('row')).toHaveCount(expected.items.length + 1);
  for (const tenant of expected.items) {
    await expect(table.getByRole('row').filter({ hasText: tenant.tenantId })).toHaveCount(1);
  }

  await search.fill('no customer is called this');
  await expect(page.getByText('No customer tenant matches your search.')).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(/\/login$/);
});
