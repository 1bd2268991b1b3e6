import { expect, type APIRequestContext } from '@playwright/test';
import { MAIL_SINK_PORT } from '../e2e-ports';
import type { CaughtMail } from '../smtp-sink-server';

const MESSAGES_URL = `http://127.0.0.1:${MAIL_SINK_PORT}/messages`;

/** Waits for the worker to deliver a message to `address` with this subject (or one that matches), as the e2e SMTP sink caught it. */
export async function waitForMail(request: APIRequestContext, address: string, subject: string | RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await request.get(MESSAGES_URL)).json()) as CaughtMail[];
        found = messages.find((mail) => mail.to.includes(address) && (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject)));
        return found !== undefined;
      },
      { message: `an e-mail to ${address}: "${subject}"`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The personal link to a page under `/<segment>/` (consent, invitations, reset-password) in a message's text. */
export function linkIn(mail: CaughtMail, segment: string): string {
  const link = new RegExp(`https?://\\S+/${segment}/[\\w-]+`).exec(mail.text)?.[0];
  expect(link, `a /${segment}/<token> link in:\n${mail.text}`).toBeDefined();
  return link!;
}

/** The personal customer link in a message's text. */
export function consentLinkIn(mail: CaughtMail): string {
  return linkIn(mail, 'consent');
}
