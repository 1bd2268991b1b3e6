import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

test('a program admin imports tenants, follows the progress to the end, and downloads the one rejected row', async ({ page }) => {
  const stamp = Date.now();
  const fileName = `tenants-${stamp}.csv`;
  const broken = randomUUID();
  const csv = [
    'tenant_id,name,country,time_zone,domains',
    `${randomUUID()},E2E Import ${stamp},NL,Europe/Amsterdam,import-${stamp}.example`,
    `${broken},E2E Broken ${stamp},XX,Europe/Amsterdam,broken-${stamp}.example`,
  ].join('\n');

  await signIn(page, 'program.admin@vendor.example');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Imports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the template for Tenants' })).toHaveAttribute('href', '/api/v1/imports/templates/tenants');
  await page.getByRole('radio', { name: 'Tenants' }).check();
  await expectNoSeriousA11yViolations(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-file')).toContainText(fileName);
  await page.getByRole('button', { name: 'Start import' }).click();

  // The upload, then the worker's reading of the file, reach the end.
  await expect(page.getByRole('progressbar', { name: 'Upload' })).toHaveAttribute('aria-valuenow', '100');
  const run = page.getByTestId('import-run');
  await expect(run.getByRole('heading', { name: `Import of ${fileName}` })).toBeVisible();
  await expect(run.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '100');
  // The run's status, not the rejected rows' loading indicator (also a status) while they load.
  await expect(run.getByRole('status').filter({ hasText: 'Succeeded' })).toBeVisible();
  const counts = run.getByTestId('import-counts');
  for (const [label, value] of [['Read', '2'], ['Inserted', '1'], ['Updated', '0'], ['Unchanged', '0'], ['Rejected', '1']] as const) {
    await expect(counts.locator('div').filter({ has: page.getByText(label, { exact: true }) })).toContainText(value);
  }

  // The rejected row, with the field and the reason.
  const rejection = run.getByRole('table', { name: 'Rejected rows' }).getByRole('row').filter({ hasText: 'INVALID_COUNTRY' });
  await expect(rejection).toContainText('3');
  await expect(rejection).toContainText('country');
  await expect(rejection).toContainText('Not an ISO 3166-1 alpha-2 country code');
  await expectNoSeriousA11yViolations(page);

  // All rejections as CSV.
  const download = page.waitForEvent('download');
  await run.getByRole('link', { name: 'Download rejections (CSV)' }).click();
  const content = await readFile(await (await download).path(), 'utf8');
  const lines = content.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('line,field,code,message,row');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^3,country,INVALID_COUNTRY,/);
  expect(lines[1]).toContain(broken);

  // The history lists it.
  await expect(page.getByRole('table', { name: 'Past imports' }).getByRole('row').filter({ hasText: fileName })).toContainText('Succeeded');
});
