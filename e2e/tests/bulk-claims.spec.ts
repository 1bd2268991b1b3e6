import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

/** The demo data's stable tenant IDs (the server's `deterministicUuid`; e2e shares no code with the server). */
function demoTenantId(domain: string): string {
  const h = createHash('sha1').update(`associa:tenant:${domain}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

test('a partner admin uploads claims in bulk, opens the created draft and downloads the rejected row', async ({ page }) => {
  const stamp = Date.now();
  const fileName = `bulk-${stamp}.csv`;
  const header = 'name,location_mpn_id,customer_domain,tenant_id,solution_area,activities,products,customer_contact_name,customer_contact_title,customer_contact_email,partner_contact_name,partner_contact_email';
  const csv = [
    header,
    `E2E bulk ${stamp},5523001,contoso.com,${demoTenantId('contoso.com')},MICROSOFT_365,USAGE,MICROSOFT_VIVA,Dana Smith,CIO,dana@contoso.com,Felix Wagner,felix.wagner@fabrikam.example`,
    `E2E broken ${stamp},5523001,contoso.com,${randomUUID()},MICROSOFT_365,USAGE,MICROSOFT_VIVA,Dana Smith,CIO,dana@contoso.com,Felix Wagner,felix.wagner@fabrikam.example`,
  ].join('\n');

  await signIn(page, 'partner.admin@fabrikam.example');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Customer associations' }).click();
  await page.getByRole('button', { name: 'Bulk upload' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk upload' });
  await expect(dialog.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/api/v1/claims/bulk/template.csv');
  await dialog.getByRole('checkbox', { name: 'Dry run' }).uncheck();

  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByTestId('bulk-file')).toContainText(fileName);
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Upload and create claims' }).click();

  const results = dialog.getByTestId('bulk-results');
  const counts = results.getByTestId('bulk-counts');
  for (const [label, value] of [['Rows', '2'], ['Created', '1'], ['Rejected', '1']] as const) {
    await expect(counts.locator('div').filter({ has: page.getByText(label, { exact: true }) })).toContainText(value);
  }
  // Rows with problems are shown first: the broken one with its reason.
  await expect(results.getByRole('table', { name: 'The result of every row' }).locator('tr[data-line="3"]')).toContainText('TENANT_UNKNOWN');
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');

  const download = page.waitForEvent('download');
  await results.getByRole('link', { name: 'Download rejections (CSV)' }).click();
  const lines = (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('line,path,code,message,row');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^3,customer\.tenantId,TENANT_UNKNOWN,/);

  await results.locator('label').filter({ hasText: 'All rows' }).click();
  await results.getByRole('link', { name: `E2E bulk ${stamp}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `E2E bulk ${stamp}` })).toBeVisible();
  await expect(page.getByText('Draft').first()).toBeVisible();
});
