import { type Locale, WebhookLimits } from '@associa/contracts';

/** The message to an organisation's admins when its endpoint was disabled for failing, in their language. */
export function webhookDisabledEmail(locale: Locale, { name, url, failingSince, pageUrl }: { name: string; url: string; failingSince: Date; pageUrl: string }): { subject: string; text: string } {
  const since = failingSince.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const days = WebhookLimits.disableAfterFailingDays;
  if (locale === 'nl') {
    return {
      subject: 'Associa heeft een webhook uitgeschakeld die bleef falen',
      text: [
        `Beste ${name},`,
        '',
        `Sinds ${since} is geen enkel bericht aan uw webhook ${url} afgeleverd. Na ${days} dagen heeft Associa de webhook uitgeschakeld; er worden geen nieuwe berichten meer voor aangemaakt.`,
        'Herstel de ontvanger en schakel de webhook weer in. Niet-afgeleverde berichten kunt u vanuit het afleverlogboek opnieuw versturen:',
        pageUrl,
        '',
        'U ontvangt dit bericht als beheerder van uw organisatie in Associa.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Associa disabled a webhook that kept failing',
    text: [
      `Dear ${name},`,
      '',
      `No message to your webhook ${url} has been delivered since ${since}. After ${days} days Associa disabled the webhook; no new messages are made for it.`,
      'Fix the receiver and enable the webhook again. Undelivered messages can be sent again from the delivery log:',
      pageUrl,
      '',
      'You receive this as an administrator of your organisation in Associa.',
    ].join('\n'),
  };
}
