import nodemailer, { type Transporter } from 'nodemailer';

/** Sends one message; `null` when no SMTP relay is configured (mail then stays in the outbox). */
export type Mailer = { send(message: { to: string; subject: string; text: string; messageId: string }): Promise<void> } | null;

const transports = new Map<string, Transporter>();

/** A mailer over the SMTP relay in `smtpUrl` (smtp://user:pass@host:port, smtps:// for TLS), pooled per URL. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return null;
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Pooled connections: a burst (thousands of windows closing at once) reuses a few SMTP sessions.
    const url = new URL(smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
    transport = nodemailer.createTransport(url.toString());
    transports.set(smtpUrl, transport);
  }
  const t = transport;
  return {
    send: async ({ to, subject, text, messageId }) => {
      await t.sendMail({ from, to, subject, text, messageId });
    },
  };
}

/** Closes the pooled SMTP connections, when a worker stops. */
export function closeMailers(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
