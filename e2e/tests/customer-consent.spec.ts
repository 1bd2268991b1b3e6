import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signedInPage } from './helpers';
import { consentLinkIn, waitForMail } from './mail-helpers';
import { apiSessionOf, submitContosoClaim } from './review-helpers';
import { MAIN } from './wizard-helpers';

const PARTNER = 'Northwind Traders';

test('the reviewer approves, the customer confirms from the e-mailed link, and the partner sees the association active', async ({ browser, baseURL, request }) => {
  const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const name = `Customer consent ${suffix}`;
  const contact = `carla.${suffix}@contoso.nl`;
  // The review flow claims Teams for the same customer; a partner may have one open claim per product, so this one claims Exchange.
  const id = await submitContosoClaim(baseURL!, name, { productCode: 'EXCHANGE_ONLINE', contactEmail: contact });

  // The reviewer opens the claim from the queue and approves it.
  const reviewer = await signedInPage(browser, baseURL!, 'reviewer@vendor.example');
  await expect(reviewer).toHaveURL(/\/review$/);
  await reviewer.getByRole('link', { name }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/claims/${id}$`));
  const panel = reviewer.getByTestId('decision-panel');
  await panel.getByRole('tab', { name: 'Approve' }).click();
  await panel.getByRole('button', { name: 'Approve claim' }).click();
  await expect(reviewer.getByTestId('claim-deadline')).toContainText('Consent window closes');
  await reviewer.context().close();

  // Contoso Nederland is a Dutch tenant: the request reaches the contact's mailbox in Dutch, with a personal link.
  const mail = await waitForMail(request, contact, `${PARTNER} vraagt erkend te worden als je partner`);
  const link = consentLinkIn(mail);
  expect(link.startsWith(`${baseURL}/consent/`), link).toBe(true);
  const { api } = await apiSessionOf(baseURL!, 'partner.admin@northwind.example');
  const claim = (await (await api.get(`/api/v1/claims/${id}`)).json()) as { deadlines: { consentClosesAt: string } };
  await api.dispose();

  // The customer opens the link in a fresh browser, without an account, and reads what is asked in the message's language.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto(link);
  await expect(customer.getByRole('heading', { level: 1, name: `${PARTNER} vraagt om je geregistreerde partner te worden` })).toBeVisible();
  await expect(customer.getByRole('region', { name: 'Partner', exact: true })).toContainText(PARTNER);
  await expect(customer.getByRole('table', { name: 'Producten en abonnementen' })).toContainText('Exchange Online');
  const closes = customer.getByTestId('consent-closes-at');
  await expect(closes.locator('time')).toHaveAttribute('datetime', claim.deadlines.consentClosesAt);
  await expect(closes).toContainText(/\d{2}:\d{2} \(Europe\/Amsterdam\)/);
  await expectNoSeriousA11yViolations(customer);

  await customer.getByRole('button', { name: 'Bevestigen' }).click();
  const outcome = customer.getByTestId('consent-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'CONFIRMED');
  await expect(outcome).toContainText('De koppeling is bevestigd');
  await expect(customer.getByRole('button', { name: 'Bevestigen' })).toHaveCount(0);
  await customerContext.close();
  // The contact is told the association is now official, again with a link (to revoke it).
  consentLinkIn(await waitForMail(request, contact, `${PARTNER} is nu je erkende partner`));

  // The partner finds the association active in the register, and the claim active on its page.
  const partner = await signedInPage(browser, baseURL!, 'partner.admin@northwind.example');
  await expect(partner).toHaveURL(/\/claims$/);
  await partner.getByRole('link', { name: 'Association register' }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Association register' })).toBeVisible();
  const row = partner.getByTestId('association-row').filter({ has: partner.getByRole('link', { name }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Exchange Online');
  await expect(row.locator('[data-status="ACTIVE"]')).toHaveText('Active');
  await expectNoSeriousA11yViolations(partner, MAIN);

  await row.getByRole('link', { name }).click();
  await expect(partner).toHaveURL(new RegExp(`/claims/${id}$`));
  await expect(partner.getByRole('region', { name: 'Claim', exact: true }).locator('[data-status="ACTIVE"]')).toHaveText('Active');
  const associations = partner.getByRole('region', { name: 'Associations of this claim' }).getByTestId('association-row');
  await expect(associations).toHaveCount(1);
  await expect(associations.locator('[data-status="ACTIVE"]')).toHaveText('Active');
});
