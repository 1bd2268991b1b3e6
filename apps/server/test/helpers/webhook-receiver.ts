import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export type ReceivedWebhook = { headers: Record<string, string>; body: string; at: number };

/** How the receiver answers the next requests: a status after a delay (milliseconds). */
export type ReceiverBehaviour = { status: number; delayMs?: number; body?: string };

/**
 * A real HTTP server on a random 127.0.0.1 port that records what it receives and answers as the
 * test says (status, delay); `connections` counts TCP connections, so a request refused before
 * connecting is visible as none.
 */
export async function startWebhookReceiver(behaviour: ReceiverBehaviour = { status: 204 }) {
  const received: ReceivedWebhook[] = [];
  let current = behaviour;
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const { status, delayMs = 0, body = 'ok' } = current;
      const timer = setTimeout(() => {
        if (!res.destroyed) res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
      }, delayMs);
      res.on('close', () => clearTimeout(timer));
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks/associa`,
    received,
    get connections() {
      return connections;
    },
    answer(next: ReceiverBehaviour) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
