import type { ClaimStatus, Locale } from '@associa/contracts';

/** The partner-facing messages a status change sends. */
export type PartnerTemplate =
  | 'ACTION_REQUIRED'
  | 'APPROVED'
  | 'REJECTED'
  | 'DISPUTE_UPHELD'
  | 'DISPUTE_OVERTURNED'
  | 'WITHDRAWN'
  | 'ACTIVE'
  | 'DECLINED'
  | 'ASSOCIATION_ENDED'
  | 'ASSOCIATION_EXPIRING';

/** Every partner template, for job payload schemas. */
export const PARTNER_TEMPLATES = ['ACTION_REQUIRED', 'APPROVED', 'REJECTED', 'DISPUTE_UPHELD', 'DISPUTE_OVERTURNED', 'WITHDRAWN', 'ACTIVE', 'DECLINED', 'ASSOCIATION_ENDED', 'ASSOCIATION_EXPIRING'] as const satisfies readonly PartnerTemplate[];

/** Which status changes the partner is e-mailed about, and with which message. */
export function templateForTransition(from: ClaimStatus, to: ClaimStatus): PartnerTemplate | null {
  if (to === 'ACTION_REQUIRED') return 'ACTION_REQUIRED';
  if (from === 'DISPUTED' && to === 'REJECTED') return 'DISPUTE_UPHELD';
  if (from === 'DISPUTED' && to === 'CUSTOMER_CONSENT') return 'DISPUTE_OVERTURNED';
  if (to === 'CUSTOMER_CONSENT') return 'APPROVED';
  if (to === 'REJECTED') return 'REJECTED';
  if (to === 'WITHDRAWN') return 'WITHDRAWN';
  if (to === 'ACTIVE') return 'ACTIVE';
  if (to === 'DECLINED') return 'DECLINED';
  // ACTIVE -> ENDED is told by the ASSOCIATION_ENDED message, sent with the endings themselves.
  return null;
}

/** What a message says about its claim. */
export type TemplateData = {
  claimName: string;
  claimUrl: string;
  customerName: string;
  reasons: string[];
  message: string | null;
  deadline: { at: Date; timeZone: string } | null;
};

const TEXT: Record<PartnerTemplate, Record<Locale, { subject: string; lead: string; deadline?: string }>> = {
  ACTION_REQUIRED: {
    en: { subject: 'Action required: {claim}', lead: 'The reviewer needs more information about your customer association claim "{claim}" for {customer}.', deadline: 'Please respond before {deadline}, or the claim will be rejected.' },
    nl: { subject: 'Actie vereist: {claim}', lead: 'De beoordelaar heeft meer informatie nodig over uw klantkoppelingsclaim "{claim}" voor {customer}.', deadline: 'Reageer vóór {deadline}, anders wordt de claim afgewezen.' },
  },
  APPROVED: {
    en: { subject: 'Approved: {claim}', lead: 'Your claim "{claim}" for {customer} was approved. The customer has been asked for consent.', deadline: 'The customer can opt out until {deadline}; silence makes the association official.' },
    nl: { subject: 'Goedgekeurd: {claim}', lead: 'Uw claim "{claim}" voor {customer} is goedgekeurd. De klant is om toestemming gevraagd.', deadline: 'De klant kan bezwaar maken tot {deadline}; zonder bezwaar wordt de koppeling officieel.' },
  },
  REJECTED: {
    en: { subject: 'Rejected: {claim}', lead: 'Your claim "{claim}" for {customer} was rejected.', deadline: 'You may dispute this decision once, until {deadline}.' },
    nl: { subject: 'Afgewezen: {claim}', lead: 'Uw claim "{claim}" voor {customer} is afgewezen.', deadline: 'U kunt eenmaal bezwaar maken tegen dit besluit, tot {deadline}.' },
  },
  DISPUTE_UPHELD: {
    en: { subject: 'Dispute decided: {claim} stays rejected', lead: 'A second reviewer looked at your dispute of "{claim}" for {customer} and upheld the rejection. This decision is final.' },
    nl: { subject: 'Bezwaar beoordeeld: {claim} blijft afgewezen', lead: 'Een tweede beoordelaar heeft uw bezwaar tegen "{claim}" voor {customer} bekeken en de afwijzing gehandhaafd. Dit besluit is definitief.' },
  },
  DISPUTE_OVERTURNED: {
    en: { subject: 'Dispute decided: {claim} approved', lead: 'A second reviewer overturned the rejection of "{claim}" for {customer}. The customer has been asked for consent.', deadline: 'The customer can opt out until {deadline}.' },
    nl: { subject: 'Bezwaar beoordeeld: {claim} goedgekeurd', lead: 'Een tweede beoordelaar heeft de afwijzing van "{claim}" voor {customer} teruggedraaid. De klant is om toestemming gevraagd.', deadline: 'De klant kan bezwaar maken tot {deadline}.' },
  },
  WITHDRAWN: {
    en: { subject: 'Withdrawn: {claim}', lead: 'The claim "{claim}" for {customer} was withdrawn.' },
    nl: { subject: 'Ingetrokken: {claim}', lead: 'De claim "{claim}" voor {customer} is ingetrokken.' },
  },
  ACTIVE: {
    en: { subject: 'Association active: {claim}', lead: 'Your association with {customer} from the claim "{claim}" is now official. You can see the usage data of the claimed workloads and subscriptions from today.' },
    nl: { subject: 'Koppeling actief: {claim}', lead: 'Uw koppeling met {customer} uit de claim "{claim}" is nu officieel. U ziet vanaf vandaag de gebruiksgegevens van de geclaimde workloads en abonnementen.' },
  },
  DECLINED: {
    en: { subject: 'Customer opted out: {claim}', lead: '{customer} opted out of the association requested by your claim "{claim}". The claim is closed.' },
    nl: { subject: 'Klant maakte bezwaar: {claim}', lead: '{customer} heeft bezwaar gemaakt tegen de koppeling uit uw claim "{claim}". De claim is gesloten.' },
  },
  ASSOCIATION_ENDED: {
    en: { subject: 'Association ended: {claim}', lead: 'One or more associations with {customer} from the claim "{claim}" have ended. You no longer see their usage data.' },
    nl: { subject: 'Koppeling beëindigd: {claim}', lead: 'Een of meer koppelingen met {customer} uit de claim "{claim}" zijn beëindigd. U ziet hun gebruiksgegevens niet meer.' },
  },
  ASSOCIATION_EXPIRING: {
    en: { subject: 'Subscription ending: {claim}', lead: 'A subscription of {customer} that your association from the claim "{claim}" rests on ends soon; the association ends with it.', deadline: 'The subscription ends on {deadline}.' },
    nl: { subject: 'Abonnement loopt af: {claim}', lead: 'Een abonnement van {customer} waarop uw koppeling uit de claim "{claim}" rust, loopt binnenkort af; de koppeling eindigt dan ook.', deadline: 'Het abonnement eindigt op {deadline}.' },
  },
};

const LABELS: Record<Locale, { reasons: string; message: string; open: string; footer: string }> = {
  en: { reasons: 'Reasons', message: 'Details', open: 'Open the claim', footer: 'You receive this because you are a contact or administrator for this claim in Associa.' },
  nl: { reasons: 'Redenen', message: 'Toelichting', open: 'Open de claim', footer: 'U ontvangt dit bericht omdat u contactpersoon of beheerder van deze claim in Associa bent.' },
};

// Building an Intl.DateTimeFormat costs far more than using one: one per locale and zone, reused
// (a batch of consent e-mails formats thousands of deadlines in a handful of zones).
const deadlineFormats = new Map<string, Intl.DateTimeFormat>();
function deadlineFormat(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = deadlineFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    });
    deadlineFormats.set(key, format);
  }
  return format;
}

/** A deadline as people read it: the date and time in the customer's zone, with the zone named. */
export function formatDeadline(at: Date, timeZone: string, locale: Locale): string {
  const format = deadlineFormat(timeZone, locale);
  // The zone's name is added for readers elsewhere; "UTC" already says it.
  return timeZone === 'UTC' ? format.format(at) : `${format.format(at)} (${timeZone})`;
}

/** Renders one message in the recipient's language, as plain text. */
export function renderPartnerEmail(template: PartnerTemplate, locale: Locale, data: TemplateData): { subject: string; text: string } {
  const t = TEXT[template][locale];
  const l = LABELS[locale];
  const fill = (s: string) =>
    s.replaceAll('{claim}', data.claimName).replaceAll('{customer}', data.customerName).replaceAll('{deadline}', data.deadline ? formatDeadline(data.deadline.at, data.deadline.timeZone, locale) : '');
  const lines = [fill(t.lead), ''];
  if (data.reasons.length) lines.push(`${l.reasons}:`, ...data.reasons.map((r) => `- ${r}`), '');
  if (data.message) lines.push(`${l.message}:`, data.message, '');
  if (t.deadline && data.deadline) lines.push(fill(t.deadline), '');
  lines.push(`${l.open}: ${data.claimUrl}`, '', '--', l.footer);
  return { subject: fill(t.subject), text: lines.join('\n') };
}
