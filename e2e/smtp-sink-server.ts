// A real SMTP server for the e2e run: it keeps what the app sends and lists it over HTTP, so flows can open the links customers get.
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MAIL_SINK_PORT, SMTP_PORT } from './e2e-ports';

/** A message as the sink received it; `to` holds the envelope recipients. */
export type CaughtMail = { to: string[]; subject: string; text: string; messageId: string | undefined };

const messages: CaughtMail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId });
        callback();
      })
      .catch(callback);
  },
});
smtp.on('error', (error) => {
  console.error('smtp sink:', error.message);
  // A busy port is fatal; a sender that drops its pooled connection after listening is not the sink's failure.
  if (!smtp.server.listening) process.exit(1);
});

const http = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/messages') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
    return;
  }
  response.writeHead(404).end();
});
// The HTTP side, which Playwright polls for readiness, opens only once SMTP listens.
smtp.listen(SMTP_PORT, '127.0.0.1', () => {
  http.listen(MAIL_SINK_PORT, '127.0.0.1', () => console.log(`smtp sink: SMTP on 127.0.0.1:${SMTP_PORT}, GET http://127.0.0.1:${MAIL_SINK_PORT}/messages`));
});
