import { expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, signIn, tenantIdOf } from './helpers';
import { MAIN, POE, expectStep, pickProducts, uploadPoe } from './wizard-helpers';

// The flow walks all seven steps with a scan at each; give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

let contosoTenantId = '';
test.beforeAll(async ({ baseURL }) => {
  const reviewer = await playwrightRequest.newContext({ baseURL });
  contosoTenantId = await tenantIdOf(reviewer, 'contoso.nl');
  await reviewer.dispose();
});

test('a partner admin creates a customer association, fixes the fields in error, submits it, and another partner cannot open it', async ({
  page,
  browser,
}) => {
  await signIn(page, 'partner.admin@northwind.example');
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer associations' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: '+ Customer association' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New customer association' })).toBeVisible();

  // 1. Location, domain and tenant ID; "Continue" creates the draft.
  await expectStep(page, 'Partner location and customer');
  await page.getByLabel('Partner location (MPN ID)').selectOption({ label: '4412001 · Northwind Traders Amsterdam' });
  await page.getByLabel('Customer domain name').fill('contoso.nl');
  await page.getByLabel('Customer tenant ID').fill(contosoTenantId);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Continue' }).click();

  // 2. Business Applications, usage.
  await expectStep(page, 'Solution area and activity');
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}\/edit\?step=1$/);
  const claimId = /\/claims\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  await page.getByRole('radio', { name: 'Business Applications' }).check();
  await expect(page.getByRole('radio', { name: 'Usage and/or Pre-sales' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Usage' }).check();
  await expect(page.getByText('OSU Business Applications')).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Continue' }).click();

  // 3. The claim's name.
  await expectStep(page, 'Claim details');
  const claimName = `Contoso Dynamics Sales usage ${Date.now()}`;
  await page.getByLabel('Claim name').fill(claimName);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Continue' }).click();

  // 4. Products: Contoso has two Dynamics 365 Sales subscriptions, so one must be chosen; Power BI Pro has one.
  await expectStep(page, 'Products');
  await pickProducts(page, 'Products or workloads', ['Dynamics 365 Sales', 'Power BI Pro']);
  const subscriptions = page.getByRole('radiogroup', { name: /Subscription for Dynamics 365 Sales/ });
  await expect(subscriptions.getByRole('radio')).toHaveCount(2);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('problem-summary')).toContainText('several subscriptions to this product');
  await expect(subscriptions).toHaveAccessibleDescription(/The customer has several subscriptions to this product: choose one\./);
  await expectNoSeriousA11yViolations(page, MAIN);
  const chosen = subscriptions.getByRole('radio').first();
  const subscriptionId = await chosen.getAttribute('value');
  await chosen.check();
  await expect(page.getByTestId('problem-summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();

  // 5. Contacts, first with a malformed e-mail address: the error shows at that field.
  await expectStep(page, 'Customer and partner contacts');
  const customer = page.getByRole('group', { name: 'Customer contact', exact: true });
  const technical = page.getByRole('group', { name: 'Customer technical contact', exact: true });
  const partner = page.getByRole('group', { name: 'Your contact (partner)', exact: true });
  await customer.getByRole('textbox', { name: 'Name', exact: true }).fill('Eva de Boer');
  await customer.getByRole('textbox', { name: 'Job title', exact: true }).fill('CIO');
  await customer.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('eva.contoso.nl');
  await technical.getByRole('textbox', { name: 'Name', exact: true }).fill('Tim Jansen');
  await technical.getByRole('textbox', { name: 'Job title', exact: true }).fill('Dynamics architect');
  await technical.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('tim@contoso.nl');
  await partner.getByRole('textbox', { name: 'Name', exact: true }).fill('Nina de Vries');
  await partner.getByRole('textbox', { name: 'E-mail address', exact: true }).fill('nina@northwind.example');
  await page.getByRole('button', { name: 'Continue' }).click();
  const email = customer.getByRole('textbox', { name: 'E-mail address', exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  await expectNoSeriousA11yViolations(page, MAIN);
  await email.fill('eva@contoso.nl');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Continue' }).click();

  // 6. Proof of execution.
  await expectStep(page, 'Proof of execution');
  await expect(page.getByRole('link', { name: 'Download template' })).toHaveAttribute('href', '/api/v1/poe-template');
  await uploadPoe(page, 'Browse files');
  await expect(page.getByTestId('document-checksum')).toHaveText(/^[0-9a-f]{12}…$/);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Continue' }).click();

  // 7. Comments, then submit.
  await expectStep(page, 'Comments and submit');
  await page.getByLabel('Comments (optional)').fill('Statement of work signed on site.');
  await expect(page.getByText("Once submitted, a claim can't be edited.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Submit claim' }).click();

  // The claim page: under review, read-only, with its lines and history.
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(page.getByRole('heading', { level: 1, name: claimName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claim' })).toContainText('Under review');
  const lines = page.getByRole('table', { name: 'Products and subscriptions' });
  await expect(lines.getByRole('row').filter({ hasText: 'Dynamics 365 Sales' })).toContainText(`${subscriptionId}Chosen by you`);
  await expect(lines.getByRole('row').filter({ hasText: 'Power BI Pro' })).toContainText('Chosen automatically');
  await expect(page.getByRole('link', { name: 'Continue editing' })).toHaveCount(0);
  const history = page.getByTestId('claim-history');
  await expect(history).toContainText('Created the draft');
  await expect(history).toContainText('Added the document proof-of-execution.pdf');
  await expect(history).toContainText('Submitted the claim for review');
  await expectNoSeriousA11yViolations(page);

  // Another organisation's admin who follows the claim's address signs in and gets "not found", never the claim.
  const fabrikam = await browser.newPage();
  await fabrikam.goto(`/claims/${claimId}`);
  await expect(fabrikam).toHaveURL(/\/login$/);
  await fabrikam.getByLabel('E-mail address').fill('partner.admin@fabrikam.example');
  await fabrikam.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await fabrikam.getByRole('button', { name: 'Sign in' }).click();
  await expect(fabrikam).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(fabrikam.getByRole('heading', { level: 1, name: 'Claim not found' })).toBeVisible();
  await expect(fabrikam.getByText(claimName)).toHaveCount(0);
  await fabrikam.close();
});
