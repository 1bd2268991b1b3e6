import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, tenantIdOf } from './helpers';
import { linkIn, waitForMail } from './mail-helpers';
import { MAIN, expectStep } from './wizard-helpers';

// Two people, an e-mail and a wizard step with scans along the way; give it room on a busy machine.
test.describe.configure({ timeout: 150_000 });

/** Picks a country in the searchable country field by typing its name, as a person would. */
async function pickCountry(page: Page, within: Locator, name: string): Promise<void> {
  await within.getByRole('combobox', { name: 'Country' }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
}

test('a program admin onboards a partner with a location and invites its admin, who joins, saves a claim draft there and looks after their own password', async ({ page, browser, baseURL, request }) => {
  const stamp = Date.now();
  const partnerName = `Tailspin Toys ${stamp}`;
  const locationName = `${partnerName} Utrecht`;
  const mpnId = String(stamp).slice(-9);
  const inviteeEmail = `admin.${stamp}@tailspin.example`;
  // Read as a reviewer in the API context, which otherwise only reads the caught e-mails.
  const contosoTenantId = await tenantIdOf(request, 'contoso.nl');

  // The program admin finds the partners in the menu.
  await signIn(page, 'program.admin@vendor.example');
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Partner organisations' })).toContainText('Northwind Traders');
  await expectNoSeriousA11yViolations(page);

  // A new partner: the form refuses an empty name before anything is sent.
  await page.getByRole('button', { name: '+ Partner' }).click();
  const create = page.getByRole('dialog', { name: 'New partner' });
  await create.getByRole('button', { name: 'Create partner' }).click();
  await expect(create.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await create.getByRole('textbox', { name: 'Name' }).fill(partnerName);
  await pickCountry(page, create, 'Netherlands');
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await create.getByRole('button', { name: 'Create partner' }).click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await expect(page.getByTestId('partner-summary')).toContainText('Active');
  await expectNoSeriousA11yViolations(page, MAIN);

  // A location: a malformed MPN ID and one that another partner's location has are shown at the field.
  await page.getByRole('button', { name: 'Add location' }).click();
  const add = page.getByRole('dialog', { name: 'New location' });
  const mpn = add.getByRole('textbox', { name: 'MPN ID' });
  await mpn.fill('12ab');
  await add.getByRole('textbox', { name: 'Location name' }).fill(locationName);
  await add.getByRole('checkbox', { name: 'OSU Microsoft 365' }).check();
  await add.getByRole('button', { name: 'Add location' }).click();
  await expect(mpn).toHaveAttribute('aria-invalid', 'true');
  await expect(mpn).toHaveAccessibleDescription(/An MPN ID is 6 to 10 digits\./);
  await mpn.fill('4412001');
  await add.getByRole('button', { name: 'Add location' }).click();
  await expect(mpn).toHaveAccessibleDescription(/already belongs to a location/);
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await mpn.fill(mpnId);
  await add.getByRole('button', { name: 'Add location' }).click();
  await expect(add).toBeHidden();
  const location = page.getByRole('table', { name: 'Locations of the partner' }).getByRole('row').filter({ hasText: mpnId });
  await expect(location).toContainText(locationName);
  await expect(location).toContainText('OSU Microsoft 365');

  // The partner's administrator is invited from the partner page, into this partner.
  await page.getByRole('button', { name: 'Invite user' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite someone' });
  await expect(invite.getByRole('textbox', { name: 'Organisation' })).toHaveValue(partnerName);
  await invite.getByRole('textbox', { name: 'E-mail address' }).fill(inviteeEmail);
  await invite.getByRole('textbox', { name: 'Name', exact: true }).fill('Taylor Spin');
  await expect(invite.getByRole('radio')).toHaveCount(2);
  await invite.getByRole('radio', { name: 'Incentives administrator' }).check();
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite).toBeHidden();
  const invitation = page.getByRole('table', { name: 'Invitations' }).getByRole('row').filter({ hasText: inviteeEmail });
  await expect(invitation).toContainText('Pending');
  await expectNoSeriousA11yViolations(page, MAIN);

  // The invitee opens the link from the e-mail, without an account.
  const mail = await waitForMail(request, inviteeEmail, `Priya Raman invited you to ${partnerName} in Associa`);
  const context = await browser.newContext({ baseURL });
  const invitee = await context.newPage();
  const link = linkIn(mail, 'invitations');
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1, name: `Join ${partnerName}` })).toBeVisible();
  await expect(invitee.getByText(`Priya Raman invited you to ${partnerName} in Associa as Incentives administrator.`)).toBeVisible();
  await expect(invitee.getByRole('textbox', { name: 'Your name' })).toHaveValue('Taylor Spin');
  await expectNoSeriousA11yViolations(invitee);

  // A password that is easy to guess is refused by the server, at the field.
  const password = invitee.getByLabel('Choose a password');
  await password.fill('password1');
  await invitee.getByLabel('Repeat the new password').fill('password1');
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/too easy to guess/);
  await expectNoSeriousA11yViolations(invitee);
  const strong = `lantern orbit tulip kayak ${stamp}`;
  await password.fill(strong);
  await invitee.getByLabel('Repeat the new password').fill(strong);
  await invitee.getByRole('button', { name: 'Create my account' }).click();

  // Signed in, on a partner admin's landing page.
  await expect(invitee).toHaveURL(/\/claims$/);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Customer associations' })).toBeVisible();
  await expect(invitee.getByTestId('current-user')).toContainText('Taylor Spin');
  await expect(invitee.getByTestId('current-user')).toContainText(partnerName);

  // A claim draft on the new location.
  await invitee.getByRole('link', { name: '+ Customer association' }).click();
  await expectStep(invitee, 'Partner location and customer');
  await invitee.getByLabel('Partner location (MPN ID)').selectOption({ label: `${mpnId} · ${locationName}` });
  await invitee.getByLabel('Customer domain name').fill('contoso.nl');
  await invitee.getByLabel('Customer tenant ID').fill(contosoTenantId);
  await invitee.getByRole('button', { name: 'Continue' }).click();
  await expectStep(invitee, 'Solution area and activity');
  await expect(invitee).toHaveURL(/\/claims\/[0-9a-f-]{36}\/edit\?step=1$/);
  await invitee.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Customer associations' }).click();
  await expect(invitee.getByRole('table', { name: /associations/i }).getByRole('row').filter({ hasText: mpnId })).toContainText('Draft');

  // The link served its purpose: opened again, it says so.
  await invitee.goto(link);
  await expect(invitee.getByRole('alert')).toContainText('This link was already used');
  await expectNoSeriousA11yViolations(invitee);

  // Their own password, changed from the menu behind their name: the current one must be right.
  await invitee.goto('/claims');
  await invitee.getByTestId('current-user').click();
  await invitee.getByRole('menuitem', { name: 'Change password' }).click();
  const change = invitee.getByRole('dialog', { name: 'Change password' });
  const changed = `${strong} again`;
  await change.getByLabel('Current password').fill('not my password');
  await change.getByRole('textbox', { name: 'New password', exact: true }).fill(changed);
  await change.getByLabel('Repeat the new password').fill(changed);
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change.getByLabel('Current password')).toHaveAccessibleDescription(/not your current password/);
  await expectNoSeriousA11yViolations(invitee, '[role="dialog"]');
  await change.getByLabel('Current password').fill(strong);
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change).toBeHidden();

  // Forgotten after all: signed out, a reset link by e-mail, a new password, and signed in with it.
  await invitee.getByTestId('current-user').click();
  await invitee.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(invitee).toHaveURL(/\/login$/);
  await invitee.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(invitee.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await invitee.getByLabel('E-mail address').fill(inviteeEmail);
  await invitee.getByRole('button', { name: 'Send the link' }).click();
  await expect(invitee.getByRole('status').filter({ hasText: 'a link to choose a new password is on its way' })).toBeVisible();
  await expectNoSeriousA11yViolations(invitee);
  const resetMail = await waitForMail(request, inviteeEmail, 'Reset your Associa password');
  await invitee.goto(linkIn(resetMail, 'reset-password'));
  await expect(invitee.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  const reset = `${stamp} quiet harbour maple`;
  await invitee.getByRole('textbox', { name: 'New password', exact: true }).fill(reset);
  await invitee.getByLabel('Repeat the new password').fill(reset);
  await invitee.getByRole('button', { name: 'Save the new password' }).click();
  await expect(invitee.getByRole('status').filter({ hasText: 'Your password is changed' })).toBeVisible();
  await expectNoSeriousA11yViolations(invitee);
  await signIn(invitee, inviteeEmail, reset);
  await expect(invitee).toHaveURL(/\/claims$/);
  await context.close();

  // Back with the program admin: the invitation is accepted and the new admin is one of the partner's people.
  await page.reload();
  await expect(invitation).toContainText('Accepted');
  await expect(page.getByRole('table', { name: 'People of the partner' }).getByRole('row').filter({ hasText: inviteeEmail })).toContainText('Incentives administrator');

  // The audit log tells who did it, filtered to this partner.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Organisation' }).fill(partnerName);
  await page.getByRole('option', { name: partnerName, exact: true }).click();
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row').filter({ hasText: 'Accepted an invitation' })).toContainText(inviteeEmail);
  await expect(log.getByRole('row').filter({ hasText: 'Added a location' })).toContainText('Priya Raman');
  await expectNoSeriousA11yViolations(page);
});
