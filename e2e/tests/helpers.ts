import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/** Password of every demo user the server seeds. */
export const DEMO_PASSWORD = 'associa-demo';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A page in its own browser context (its own cookies), signed in as `email`. */
export async function signedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * Fails with the rule ids and offending elements when axe finds serious or critical WCAG 2 A/AA problems.
 * `within` limits the scan to one part of the page, for pages whose header and menu were scanned already.
 */
export async function expectNoSeriousA11yViolations(page: Page, within?: string): Promise<void> {
  // Only violations are read; leaving out the passes and incomplete results makes each scan faster.
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] });
  if (within) axe = axe.include(within);
  const results = await axe.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
      html: violation.nodes.map((node) => node.html.slice(0, 160)),
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

/** The tenant ID of the customer with this verified domain, read as a reviewer (vendor staff) through the directory API. */
export async function tenantIdOf(request: APIRequestContext, domain: string): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: { email: 'reviewer@vendor.example', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const answer = await request.get(`/api/v1/tenants?q=${encodeURIComponent(domain)}`);
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as { items: { tenantId: string; domains: string[] }[] };
  const tenant = items.find((item) => item.domains.includes(domain));
  expect(tenant, `a tenant with the domain ${domain}`).toBeDefined();
  return tenant!.tenantId;
}
