import { describe, expect, it } from 'vitest';
import { customerLocale, customerTemplateForTransition, renderCustomerEmail } from './customer-email-templates';
import { LINK_PLACEHOLDER, withLink } from './customer-links';

const data = {
  contactName: 'Carla Jansen',
  partnerName: 'Northwind Traders',
  customerName: 'Contoso Nederland',
  lines: ['Microsoft Teams', 'Power BI Pro (subscription 1234)'],
  closesAt: { at: new Date('2026-12-01T22:59:59.999Z'), timeZone: 'Europe/Amsterdam' },
};

describe('customer e-mails', () => {
  it('asks for consent when the claim enters the window and confirms when it activates', () => {
    expect(customerTemplateForTransition('UNDER_REVIEW', 'CUSTOMER_CONSENT')).toBe('CONSENT_REQUEST');
    expect(customerTemplateForTransition('DISPUTED', 'CUSTOMER_CONSENT')).toBe('CONSENT_REQUEST');
    expect(customerTemplateForTransition('CUSTOMER_CONSENT', 'ACTIVE')).toBe('ASSOCIATION_ACTIVE');
    expect(customerTemplateForTransition('CUSTOMER_CONSENT', 'DECLINED')).toBeNull();
    expect(customerTemplateForTransition('UNDER_REVIEW', 'REJECTED')).toBeNull();
  });

  it('names the partner, the products, what the partner will see and the exact closing time; the link stays a placeholder', () => {
    const { subject, text } = renderCustomerEmail('CONSENT_REQUEST', 'en', data);
    expect(subject).toBe('Northwind Traders asks to be recognised as your partner');
    expect(text).toContain('Dear Carla Jansen,');
    expect(text).toContain('- Power BI Pro (subscription 1234)');
    expect(text).toContain('licensed seats and active users per month');
    expect(text).toContain('Tuesday, 1 December 2026 at 23:59 CET (Europe/Amsterdam)');
    expect(text).toContain(LINK_PLACEHOLDER);
    expect(withLink(text, 'https://associa.example/consent/abc')).toContain('https://associa.example/consent/abc');
    expect(withLink(text, 'https://x/consent/abc')).not.toContain(LINK_PLACEHOLDER);
  });

  it('writes Dutch to Dutch and Belgian tenants, English to the rest', () => {
    expect(customerLocale('NL')).toBe('nl');
    expect(customerLocale('BE')).toBe('nl');
    expect(customerLocale('DE')).toBe('en');
    expect(renderCustomerEmail('CONSENT_REMINDER', 'nl', data).subject).toBe('Herinnering: Northwind Traders wordt je partner op dinsdag 1 december 2026 om 23:59 CET (Europe/Amsterdam)');
    expect(renderCustomerEmail('ASSOCIATION_ACTIVE', 'nl', { ...data, contactName: null }).text).toMatch(/^Hallo,/);
  });
});
