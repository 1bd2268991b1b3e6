import { describe, expect, it } from 'vitest';
import { LINK_PLACEHOLDER, withLink } from '../consent/customer-links';
import { renderAccountEmail } from './account-email-templates';

const expiresAt = new Date('2026-03-10T09:30:00Z');

describe('account e-mails', () => {
  it('tells the invitee who invited them to which organisation as what, until when, with the link left for sending', () => {
    const { subject, text } = renderAccountEmail('INVITATION', 'en', { name: 'Hanna', email: 'hanna@x.example', expiresAt, invitedBy: 'Priya Raman', organisationName: 'Fabrikam', role: 'PARTNER_ADMIN' });
    expect(subject).toBe('Priya Raman invited you to Fabrikam in Associa');
    expect(text).toContain('Hello Hanna,');
    expect(text).toContain('join Fabrikam in Associa as Incentives administrator');
    expect(text).toContain('expires on Tuesday, 10 March 2026 at 09:30 UTC.');
    expect(text).toContain(LINK_PLACEHOLDER);
    expect(withLink(text, 'https://a.example/invitations/abc')).toContain('https://a.example/invitations/abc');
  });

  it('writes the reset in Dutch, with the hour it lasts and what to do when it was not you', () => {
    const { subject, text } = renderAccountEmail('PASSWORD_RESET', 'nl', { name: 'Rob', email: 'rob@x.example', expiresAt });
    expect(subject).toBe('Stel uw Associa-wachtwoord opnieuw in');
    expect(text).toContain('Beste Rob,');
    expect(text).toContain('rob@x.example');
    expect(text).toContain('verloopt over een uur');
    expect(text).toContain('Heeft u dit niet gevraagd?');
    expect(text).toContain(LINK_PLACEHOLDER);
    expect(text.replaceAll(LINK_PLACEHOLDER, '')).not.toMatch(/\{\w+\}/);
  });
});
