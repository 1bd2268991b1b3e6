// The server under test, in a process of its own: the real app (buildApp, as `npm run api` builds
// it, with a pool of 20) on the bench database. Prints {"port":N} once listening; SIGTERM stops it.
import { loadConfig } from '../apps/server/src/config/config';
import { createDb } from '../apps/server/src/db/client';
import { buildApp } from '../apps/server/src/http/app';
import { systemClock } from '../apps/server/src/lib/clock';
import { createLogger } from '../apps/server/src/lib/logger';

async function main() {
  const config = loadConfig({ DATABASE_URL: process.env.BENCH_SERVER_DATABASE_URL, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent', HOST: '127.0.0.1', PORT: '0' });
  const { db } = createDb(config.databaseUrl!, 20);
  const app = await buildApp({ db, config, clock: systemClock, logger: createLogger('silent') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => db.destroy())
      .finally(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
