import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it. */
export type CaughtMail = { to: string[]; subject: string; text: string; messageId: string | undefined; raw: ParsedMail };

/**
 * A real SMTP server on a random loopback port that keeps what it receives. Recipients in
 * `reject` are refused at RCPT TO, as a relay refuses a bad address.
 */
export async function startSmtpSink({ reject = [] as string[] } = {}) {
  const messages: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Senders keep pooled connections open; closing the sink need not wait for them.
    closeTimeout: 200,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (reject.includes(address.address.toLowerCase())) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId, raw: mail });
          callback();
        })
        .catch(callback);
    },
  });
  // A client that dies mid-conversation (a killed worker) resets its socket; that is not the sink's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
