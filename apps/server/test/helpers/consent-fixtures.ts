import { expect } from 'vitest';
import { bizAppsClaim } from './claim-fixtures';
import type { CaughtMail } from './smtp-sink';

/** The token of the personal link in a caught customer e-mail. */
export function linkToken(mail: CaughtMail): string {
  const match = /https:\/\/associa\.test\/consent\/([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

/** Business Applications usage on Contoso's one active Power BI Pro subscription, with a technical contact at Contoso. */
export function powerBiClaim(tenantId: string, overrides: Record<string, unknown> = {}) {
  return bizAppsClaim(tenantId, 'contoso.nl', [{ productCode: 'POWER_BI_PRO' }], {
    name: 'Power BI adoption',
    customerTechnicalContact: { name: 'Tom de Boer', title: 'Architect', email: 'tom@contoso.nl' },
    ...overrides,
  });
}
