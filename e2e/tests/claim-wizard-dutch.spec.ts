import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, tenantIdOf } from './helpers';
import { MAIN, expectStep, pickProducts, uploadPoe } from './wizard-helpers';

// The walk scans all seven steps; give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

let contosoTenantId = '';
test.beforeAll(async ({ baseURL }) => {
  const reviewer = await playwrightRequest.newContext({ baseURL });
  contosoTenantId = await tenantIdOf(reviewer, 'contoso.nl');
  await reviewer.dispose();
});

test('every wizard step passes the accessibility scan in Dutch, for a revenue association', async ({ page }) => {
  await signIn(page, 'partner.admin@northwind.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Customer associations' })).toBeVisible();
  await page.getByLabel('Language').selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Klantkoppelingen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: '+ Klantkoppeling' }).click();
  await expectStep(page, 'Partnerlocatie en klant');
  await page.getByLabel('Partnerlocatie (MPN ID)').selectOption({ label: '4412001 · Northwind Traders Amsterdam' });
  await page.getByLabel('Domeinnaam van de klant').fill('contoso.nl');
  await page.getByLabel('Tenant-ID van de klant').fill(contosoTenantId);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Oplossingsgebied en activiteit');
  await page.getByRole('radio', { name: 'Bedrijfstoepassingen' }).check();
  await page.getByRole('radio', { name: 'Omzetkoppeling' }).check();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Gegevens van de claim');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByLabel('Claimnaam')).toHaveAccessibleDescription(/Verplicht\./);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByLabel('Claimnaam').fill('Omzetkoppeling Power BI');
  await page.getByLabel('Naam van de verkoper van de Dynamics-oplossing').fill('Sanne Visser');
  await page.getByLabel('Klantnaam').fill('Contoso Nederland');
  await page.getByLabel('Naam van het ISV-product of de ISV-oplossing').fill('Northwind Insights');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Producten');
  await pickProducts(page, 'Producten of workloads', ['Power BI Pro']);
  await expectNoSeriousA11yViolations(page, MAIN);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Contactpersonen van klant en partner');
  await expect(page.getByText('Alle velden zijn verplicht.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);
  for (const [group, values] of [
    ['Contactpersoon klant', ['Eva de Boer', 'CIO', 'eva@contoso.nl']],
    ['Technisch contactpersoon klant', ['Tim Jansen', 'Architect', 'tim@contoso.nl']],
  ] as const) {
    const fieldset = page.getByRole('group', { name: group, exact: true });
    await fieldset.getByRole('textbox', { name: 'Naam', exact: true }).fill(values[0]);
    await fieldset.getByRole('textbox', { name: 'Functie', exact: true }).fill(values[1]);
    await fieldset.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(values[2]);
  }
  const partner = page.getByRole('group', { name: 'Jouw contactgegevens (partner)', exact: true });
  await partner.getByRole('textbox', { name: 'Naam', exact: true }).fill('Nina de Vries');
  await partner.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill('nina@northwind.example');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Bewijs van uitvoering');
  await expect(page.getByRole('link', { name: 'Sjabloon downloaden' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);
  await uploadPoe(page, 'Bestanden kiezen');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expectStep(page, 'Opmerkingen en indienen');
  await expect(page.getByText('Zodra je een claim hebt ingediend, kun je deze niet meer bewerken.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, MAIN);

  // The draft is kept: saved here, it reopens from the list at this step, with nothing left to fix.
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Concept opgeslagen.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Klantkoppelingen' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Omzetkoppeling Power BI' });
  await expect(row).toContainText('Concept');
  await row.getByRole('link', { name: 'Omzetkoppeling Power BI' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Geschiedenis' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Verder bewerken' }).click();
  await expectStep(page, 'Opmerkingen en indienen');
});
