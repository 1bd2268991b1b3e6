import { expect, type Page } from '@playwright/test';

/** The header and menu are scanned with the list page in each language; later scans look at the page's own content. */
export const MAIN = '#main-content';

/** A small proof-of-execution document the server recognises as PDF by its bytes. */
export const POE = { name: 'proof-of-execution.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

/** Waits for a wizard step by its title, so each scan and action sees the step it is about. */
export async function expectStep(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Picks options of a Mantine MultiSelect by typing and clicking, as a person would. */
export async function pickProducts(page: Page, label: string, products: string[]): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  for (const product of products) {
    await input.fill(product);
    await page.getByRole('option', { name: product, exact: true }).click();
  }
  await page.keyboard.press('Escape');
}

/** Uploads the PoE through the "Browse" button's file chooser. */
export async function uploadPoe(page: Page, browse: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: browse }).click();
  await (await chooser).setFiles(POE);
  await expect(page.getByRole('link', { name: POE.name })).toBeVisible();
}
