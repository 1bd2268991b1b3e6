import type { Locale, Role } from '@associa/contracts';
import { LINK_PLACEHOLDER } from '../consent/customer-links';
import { formatDeadline } from '../notifications/email-templates';

/** The messages about a person's own account. */
export type AccountTemplate = 'INVITATION' | 'PASSWORD_RESET';

/** What an account message says. */
export type AccountTemplateData = {
  name: string;
  email: string;
  expiresAt: Date;
  /** Invitations only: who invited them, to which organisation, as what. */
  invitedBy?: string;
  organisationName?: string;
  role?: Role;
};

const ROLE_LABELS: Record<Locale, Record<Role, string>> = {
  en: { PARTNER_ADMIN: 'Incentives administrator', PARTNER_USER: 'Incentives user', REVIEWER: 'Reviewer', PROGRAM_ADMIN: 'Program administrator' },
  nl: { PARTNER_ADMIN: 'Beheerder incentives', PARTNER_USER: 'Gebruiker incentives', REVIEWER: 'Beoordelaar', PROGRAM_ADMIN: 'Programmabeheerder' },
};

const TEXT: Record<AccountTemplate, Record<Locale, { subject: string; body: string[]; footer: string }>> = {
  INVITATION: {
    en: {
      subject: '{inviter} invited you to {organisation} in Associa',
      body: [
        '{inviter} invited you to join {organisation} in Associa as {role}.',
        'To accept, choose your password here:',
        '{link}',
        'This link is personal, works once, and expires on {expiry}.',
        'If you did not expect this invitation, you can ignore this message: nothing happens without you.',
      ],
      footer: 'You receive this because {inviter} entered {email} in Associa.',
    },
    nl: {
      subject: '{inviter} heeft u uitgenodigd voor {organisation} in Associa',
      body: [
        '{inviter} heeft u uitgenodigd om als {role} deel te nemen aan {organisation} in Associa.',
        'Kies uw wachtwoord om de uitnodiging aan te nemen:',
        '{link}',
        'Deze link is persoonlijk, werkt één keer en verloopt op {expiry}.',
        'Verwachtte u deze uitnodiging niet, dan kunt u dit bericht negeren: zonder u gebeurt er niets.',
      ],
      footer: 'U ontvangt dit bericht omdat {inviter} {email} in Associa heeft ingevoerd.',
    },
  },
  PASSWORD_RESET: {
    en: {
      subject: 'Reset your Associa password',
      body: [
        'Someone, hopefully you, asked to reset the password of your Associa account {email}.',
        'Choose a new password here:',
        '{link}',
        'The link works once and expires in one hour, on {expiry}. Setting a new password signs you out everywhere.',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
      footer: 'You receive this because a password reset was requested for {email} in Associa.',
    },
    nl: {
      subject: 'Stel uw Associa-wachtwoord opnieuw in',
      body: [
        'Iemand, hopelijk u, heeft gevraagd het wachtwoord van uw Associa-account {email} opnieuw in te stellen.',
        'Kies hier een nieuw wachtwoord:',
        '{link}',
        'De link werkt één keer en verloopt over een uur, op {expiry}. Met een nieuw wachtwoord wordt u overal afgemeld.',
        'Heeft u dit niet gevraagd? Negeer dit bericht dan: uw wachtwoord blijft zoals het is.',
      ],
      footer: 'U ontvangt dit bericht omdat voor {email} in Associa een nieuw wachtwoord is aangevraagd.',
    },
  },
};

const GREETING: Record<Locale, (name: string) => string> = { en: (n) => `Hello ${n},`, nl: (n) => `Beste ${n},` };

/** Renders an account message in plain text; the link stays a placeholder until the message is sent. */
export function renderAccountEmail(template: AccountTemplate, locale: Locale, data: AccountTemplateData): { subject: string; text: string } {
  const t = TEXT[template][locale];
  const fill = (s: string) =>
    s
      .replaceAll('{inviter}', data.invitedBy ?? '')
      .replaceAll('{organisation}', data.organisationName ?? '')
      .replaceAll('{role}', data.role ? ROLE_LABELS[locale][data.role] : '')
      .replaceAll('{email}', data.email)
      // The recipient's zone is unknown: the expiry is given in UTC, with the zone named.
      .replaceAll('{expiry}', formatDeadline(data.expiresAt, 'UTC', locale))
      .replaceAll('{link}', LINK_PLACEHOLDER);
  const text = [GREETING[locale](data.name), '', ...t.body.flatMap((p) => [fill(p), '']), '--', fill(t.footer)].join('\n');
  return { subject: fill(t.subject), text };
}
