import nodemailer, { type Transporter } from 'nodemailer';

/** SMTP connections one process keeps open to its relay (each carries one message at a time). */
export const SMTP_POOL_CONNECTIONS = 10;

/**
 * Sends one message; `null` when no SMTP relay is configured (mail then stays in the outbox).
 * `concurrency` is how many sends the pooled transport carries at once.
 */
export type Mailer = { concurrency: number; send(message: { to: string; subject: string; text: string; messageId: string }): Promise<void> } | null;

const transports = new Map<string, { transport: Transporter; connections: number }>();

/** A mailer over the SMTP relay in `smtpUrl` (smtp://user:pass@host:port, smtps:// for TLS), pooled per URL. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return null;
  let entry = transports.get(smtpUrl);
  if (!entry) {
    // Pooled connections: a burst (thousands of windows closing at once) reuses a few SMTP sessions,
    // each for as many messages as the relay accepts (`pool`, `maxConnections`, `maxMessages` in the URL win).
    const url = new URL(smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(SMTP_POOL_CONNECTIONS));
    if (!url.searchParams.has('maxMessages')) url.searchParams.set('maxMessages', '100000');
    entry = { transport: nodemailer.createTransport(url.toString()), connections: Number(url.searchParams.get('maxConnections')) || SMTP_POOL_CONNECTIONS };
    transports.set(smtpUrl, entry);
  }
  const t = entry.transport;
  return {
    concurrency: entry.connections,
    send: async ({ to, subject, text, messageId }) => {
      await t.sendMail({ from, to, subject, text, messageId });
    },
  };
}

/** Closes the pooled SMTP connections, when a worker stops. */
export function closeMailers(): void {
  for (const t of transports.values()) t.transport.close();
  transports.clear();
}
