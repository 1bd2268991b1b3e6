import type { ClaimStatus, Locale } from '@associa/contracts';
import { formatDeadline } from '../notifications/email-templates';
import { LINK_PLACEHOLDER, TENANT_LINK_PLACEHOLDER } from './customer-links';

/** The messages a customer contact receives (DESIGN.md section 6). */
export type CustomerTemplate = 'CONSENT_REQUEST' | 'CONSENT_REMINDER' | 'ASSOCIATION_ACTIVE';

/** Which status changes the customer is e-mailed about. */
export function customerTemplateForTransition(from: ClaimStatus, to: ClaimStatus): CustomerTemplate | null {
  if (to === 'CUSTOMER_CONSENT') return 'CONSENT_REQUEST';
  if (from === 'CUSTOMER_CONSENT' && to === 'ACTIVE') return 'ASSOCIATION_ACTIVE';
  return null;
}

/** What a customer message says. */
export type CustomerTemplateData = {
  contactName: string | null;
  partnerName: string;
  customerName: string;
  lines: string[];
  closesAt: { at: Date; timeZone: string } | null;
};

const TEXT: Record<CustomerTemplate, Record<Locale, { subject: string; body: string[] }>> = {
  CONSENT_REQUEST: {
    en: {
      subject: '{partner} asks to be recognised as your partner',
      body: [
        '{partner} told us that it works with {customer} on the products below, and asks to be recognised as your partner for them:',
        '{lines}',
        'Once associated, {partner} can see usage data for these products only (licensed seats and active users per month), from that day on. It gets no access to your tenant or your content.',
        'If you agree, you need not do anything: the association becomes official on {deadline}. You can also confirm it now, or opt out with a reason, here:',
        '{link}',
        'This link is personal, works for this request only, and expires when the window closes.',
      ],
    },
    nl: {
      subject: '{partner} vraagt erkend te worden als je partner',
      body: [
        '{partner} heeft ons laten weten dat het met {customer} werkt aan de onderstaande producten, en vraagt daarvoor als je partner erkend te worden:',
        '{lines}',
        'Na de koppeling ziet {partner} alleen gebruiksgegevens van deze producten (gelicentieerde plaatsen en actieve gebruikers per maand), vanaf die dag. Het krijgt geen toegang tot je tenant of je inhoud.',
        'Ga je akkoord, dan hoef je niets te doen: de koppeling wordt officieel op {deadline}. Je kunt ook nu bevestigen, of bezwaar maken met een reden, via:',
        '{link}',
        'Deze link is persoonlijk, geldt alleen voor dit verzoek en verloopt wanneer de termijn sluit.',
      ],
    },
  },
  CONSENT_REMINDER: {
    en: {
      subject: 'Reminder: {partner} becomes your partner on {deadline}',
      body: [
        'A reminder: {partner} asked to be recognised as the partner of {customer} for:',
        '{lines}',
        'Unless you opt out, the association becomes official on {deadline}. To confirm or opt out:',
        '{link}',
      ],
    },
    nl: {
      subject: 'Herinnering: {partner} wordt je partner op {deadline}',
      body: [
        'Een herinnering: {partner} heeft gevraagd erkend te worden als partner van {customer} voor:',
        '{lines}',
        'Tenzij je bezwaar maakt, wordt de koppeling officieel op {deadline}. Bevestigen of bezwaar maken:',
        '{link}',
      ],
    },
  },
  ASSOCIATION_ACTIVE: {
    en: {
      subject: '{partner} is now your recognised partner',
      body: [
        '{partner} is now the recognised partner of {customer} for:',
        '{lines}',
        'If you no longer work with {partner} on these products, you can end the association at any time here:',
        '{link}',
        'See which partners hold associations for {customer}, and every time one of them read your usage data, on your customer page (this link works for 30 days; you can ask for a new one there):',
        '{tenantLink}',
      ],
    },
    nl: {
      subject: '{partner} is nu je erkende partner',
      body: [
        '{partner} is nu de erkende partner van {customer} voor:',
        '{lines}',
        'Werk je niet meer met {partner} aan deze producten, dan kun je de koppeling op elk moment beëindigen via:',
        '{link}',
        'Op je klantpagina zie je welke partners een koppeling hebben voor {customer}, en elke keer dat een van hen je gebruiksgegevens bekeek (deze link werkt 30 dagen; daar kun je een nieuwe aanvragen):',
        '{tenantLink}',
      ],
    },
  },
};

const GREETING: Record<Locale, (name: string | null) => string> = {
  en: (n) => (n ? `Dear ${n},` : 'Hello,'),
  nl: (n) => (n ? `Beste ${n},` : 'Hallo,'),
};
const FOOTER: Record<Locale, string> = {
  en: 'You receive this because you are named as the customer contact on this claim in Associa.',
  nl: 'Je ontvangt dit bericht omdat je als contactpersoon van de klant op deze claim in Associa staat.',
};

/** Renders a customer message in plain text; the personal link stays a placeholder until it is sent. */
export function renderCustomerEmail(template: CustomerTemplate, locale: Locale, data: CustomerTemplateData): { subject: string; text: string } {
  const t = TEXT[template][locale];
  const deadline = data.closesAt ? formatDeadline(data.closesAt.at, data.closesAt.timeZone, locale) : '';
  const fill = (s: string) =>
    s
      .replaceAll('{partner}', data.partnerName)
      .replaceAll('{customer}', data.customerName)
      .replaceAll('{deadline}', deadline)
      .replaceAll('{lines}', data.lines.map((l) => `- ${l}`).join('\n'))
      .replaceAll('{link}', LINK_PLACEHOLDER)
      .replaceAll('{tenantLink}', TENANT_LINK_PLACEHOLDER);
  const text = [GREETING[locale](data.contactName), '', ...t.body.flatMap((p) => [fill(p), '']), '--', FOOTER[locale]].join('\n');
  return { subject: fill(t.subject), text };
}

const PAGE_LINK_TEXT: Record<Locale, { subject: string; body: string[]; footer: string }> = {
  en: {
    subject: 'Your Associa customer page for {customer}',
    body: [
      'Here is your link to the customer page of {customer}: which partners hold associations for your tenant, and every time one of them read your usage data. You can also end an association there.',
      '{link}',
      'The link is personal and works for 30 days.',
    ],
    footer: 'You receive this because a link was asked for with your address, which is named as a customer contact on a claim in Associa. If you did not ask, you can ignore this message.',
  },
  nl: {
    subject: 'Je Associa-klantpagina voor {customer}',
    body: [
      'Hier is je link naar de klantpagina van {customer}: welke partners een koppeling hebben voor je tenant, en elke keer dat een van hen je gebruiksgegevens bekeek. Je kunt daar ook een koppeling beëindigen.',
      '{link}',
      'De link is persoonlijk en werkt 30 dagen.',
    ],
    footer: 'Je ontvangt dit bericht omdat met je adres een link is aangevraagd; het staat als contactpersoon van de klant op een claim in Associa. Heb je niets aangevraagd, dan kun je dit bericht negeren.',
  },
};

/** Renders the message carrying a fresh customer page link (asked for at /customer); the link stays a placeholder until it is sent. */
export function renderCustomerPageLinkEmail(locale: Locale, data: { customerName: string }): { subject: string; text: string } {
  const t = PAGE_LINK_TEXT[locale];
  const fill = (s: string) => s.replaceAll('{customer}', data.customerName).replaceAll('{link}', LINK_PLACEHOLDER);
  const text = [GREETING[locale](null), '', ...t.body.flatMap((p) => [fill(p), '']), '--', t.footer].join('\n');
  return { subject: fill(t.subject), text };
}

/** The language a customer is written to: Dutch for Dutch and Belgian tenants, else English. */
export function customerLocale(country: string): Locale {
  return country === 'NL' || country === 'BE' ? 'nl' : 'en';
}
