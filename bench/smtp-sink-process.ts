// A counting SMTP server in a process of its own (started by bench/consent-windows.ts through
// child.ts): the SMTP conversation and the message bodies it reads cost this process's CPU, not the
// event loop of the worker under measurement. It prints `{"port":N}` for a tiny HTTP endpoint that
// answers `{"smtpPort":P,"received":R,"byDomain":{domain:count}}` (by the first recipient's domain, so a
// bench tells customers' messages from partners' without asking the database); SIGTERM stops it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let received = 0;
const byDomain: Record<string, number> = {};
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 200,
  onData(stream, session, callback) {
    const domain = session.envelope.rcptTo[0]?.address.split('@')[1] ?? '';
    stream.on('end', () => {
      received++;
      byDomain[domain] = (byDomain[domain] ?? 0) + 1;
      callback();
    });
    stream.resume();
  },
});
// A sender that resets its socket (a stopped worker) is not the sink's failure.
smtp.on('error', () => undefined);
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as AddressInfo).port;

const api = http.createServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ smtpPort, received, byDomain }));
});
await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
process.stdout.write(`${JSON.stringify({ port: (api.address() as AddressInfo).port })}\n`);

process.once('SIGTERM', () => {
  api.close();
  smtp.close(() => process.exit(0));
});
