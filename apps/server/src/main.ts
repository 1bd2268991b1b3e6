import { startApi } from './api';
import { loadConfig } from './config/config';
import { createDb } from './db/client';
import { type EmbeddedCluster, startEmbeddedPostgres } from './db/embedded-postgres';
import { ensureDatabase } from './db/ensure-database';
import { migrateToLatest } from './db/migrate';
import { systemClock } from './lib/clock';
import { createLogger } from './lib/logger';
import { seedDemoClaims } from './modules/demo/seed-demo-claims';
import { DEMO_LOGINS, seedDemoData } from './modules/demo/seed-demo-data';
import { startWorker } from './worker';

/**
 * `npm start`: one process with the API, the worker and the web UI; on an embedded PostgreSQL in
 * the data folder unless DATABASE_URL names another.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let cluster: EmbeddedCluster | null = null;
  const stops: (() => Promise<unknown>)[] = [];
  const shutdown = async (code: number) => {
    for (const stop of stops.reverse()) await stop().catch((err) => logger.error({ err }, 'error while stopping'));
    if (cluster) await cluster.stop().catch(() => undefined);
    process.exit(code);
  };
  try {
    let databaseUrl = config.databaseUrl;
    let loadDemo = config.demo ?? false;
    if (!databaseUrl) {
      console.log(`Starting the embedded PostgreSQL in ${config.dataDir} ...`);
      cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: (m) => logger.trace(m) });
      await ensureDatabase(cluster.connectionString('postgres'), 'associa');
      databaseUrl = cluster.connectionString('associa');
      loadDemo = config.demo ?? true;
    }
    const { db, pool } = createDb(databaseUrl, 20);
    stops.push(() => db.destroy());
    const applied = await migrateToLatest({ db, pool });
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const seeded = loadDemo ? await seedDemoData({ db, password: config.demoPassword }) : false;
    // Claims only with freshly loaded demo people; the worker started next sends their e-mails.
    if (seeded) await seedDemoClaims({ db, clock: systemClock });
    const runner = await startWorker({ pool, db, config, clock: systemClock, logger });
    stops.push(() => runner.stop());
    const { app, url } = await startApi({ db, config, clock: systemClock, logger });
    stops.push(() => app.close());
    const hasAdmin = !!(await db.selectFrom('users').select('id').where('role', '=', 'PROGRAM_ADMIN').where('disabled_at', 'is', null).executeTakeFirst());
    printBanner({ url, dataDir: cluster ? config.dataDir : null, databaseUrl: cluster ? databaseUrl : null, demo: loadDemo, seeded, hasAdmin, password: config.demoPassword });
  } catch (err) {
    console.error(`\nAssocia could not start: ${(err as Error).message}\n`);
    await shutdown(1);
    return;
  }
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal} received: stopping the API, the worker and PostgreSQL ...`);
      void shutdown(0);
    });
  }
}

function printBanner({ url, dataDir, databaseUrl, demo, seeded, hasAdmin, password }: { url: string; dataDir: string | null; databaseUrl: string | null; demo: boolean; seeded: boolean; hasAdmin: boolean; password: string }) {
  const lines = ['', `Associa is running at ${url}`, `  API docs:  ${url}/api/v1/docs`];
  if (dataDir) lines.push(`  Data:      ${dataDir} (embedded PostgreSQL)`);
  if (databaseUrl) lines.push(`  Database:  ${databaseUrl} (for npm run cli while this runs)`);
  if (!hasAdmin) {
    lines.push('', 'No program admin yet. In another terminal, invite yourself:');
    lines.push(`  DATABASE_URL=${databaseUrl ?? '$DATABASE_URL'} PUBLIC_URL=${url} npm run cli -- create-admin --email you@vendor.example --name "Your Name"`);
  }
  if (demo) {
    lines.push('', seeded ? 'Demo data loaded. Sign in as:' : 'Demo logins:');
    for (const u of DEMO_LOGINS) lines.push(`  ${u.email.padEnd(34)} ${u.role.padEnd(14)} ${u.organisation}`);
    lines.push(`  Password for all: ${password}${seeded ? '' : ' (as set when the demo data was first loaded)'}`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

void main();
