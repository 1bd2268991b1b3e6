import type { Config } from './config/config';
import type { Db } from './db/client';
import { buildApp } from './http/app';
import type { App } from './http/types';
import type { Clock } from './lib/clock';
import type { Logger } from './lib/logger';

/** The API role: builds the HTTP app and listens on HOST:PORT. Stateless; run as many as you like. */
export async function startApi({ db, config, clock, logger }: { db: Db; config: Config; clock: Clock; logger: Logger }): Promise<{ app: App; url: string }> {
  const app = await buildApp({ db, config, clock, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return { app, url: config.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
}
