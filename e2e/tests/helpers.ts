import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Password of every demo user the server seeds. */
export const DEMO_PASSWORD = 'associa-demo';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fails with the rule ids and offending elements when axe finds serious or critical WCAG 2 A/AA problems. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

/** MPN IDs of a user's organisation, read from the API with a separate cookie jar. */
export async function locationMpnIdsOf(request: APIRequestContext, email: string): Promise<string[]> {
  const login = await request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const locations = await request.get('/api/v1/locations');
  expect(locations.status()).toBe(200);
  const body = (await locations.json()) as { items: { mpnId: string }[] };
  return body.items.map((item) => item.mpnId);
}
