import { expect, type APIRequestContext } from '@playwright/test';
import { MAIL_SINK_PORT } from '../e2e-ports';
import type { CaughtMail } from '../smtp-sink-server';

const MESSAGES_URL = `http://127.0.0.1:${MAIL_SINK_PORT}/messages`;

/** Waits for the worker to deliver a message to `address` with this subject, as the e2e SMTP sink caught it. */
export async function waitForMail(request: APIRequestContext, address: string, subject: string): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await request.get(MESSAGES_URL)).json()) as CaughtMail[];
        found = messages.find((mail) => mail.to.includes(address) && mail.subject === subject);
        return found !== undefined;
      },
      { message: `an e-mail to ${address}: "${subject}"`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The personal customer link in a message's text. */
export function consentLinkIn(mail: CaughtMail): string {
  const link = /https?:\/\/\S+\/consent\/[\w-]+/.exec(mail.text)?.[0];
  expect(link, `a /consent/<token> link in:\n${mail.text}`).toBeDefined();
  return link!;
}
