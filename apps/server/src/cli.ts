import { parseArgs } from 'node:util';
import { startApi } from './api';
import { importCommand } from './cli/import-command';
import { loadConfig } from './config/config';
import { createDb } from './db/client';
import { migrateToLatest } from './db/migrate';
import { systemClock } from './lib/clock';
import { createLogger } from './lib/logger';
import { createProgramAdmin } from './modules/users/create-program-admin';
import { seedDemoClaims } from './modules/demo/seed-demo-claims';
import { seedDemoData } from './modules/demo/seed-demo-data';
import { startWorker } from './worker';

const USAGE = `Usage: npm run cli -- <command> [options]   (needs DATABASE_URL)

Commands:
  serve                         run the API (and the built web UI) only
  worker                        run the job worker only
  migrate                       apply database migrations and exit
  seed                          load the demo data and claims (once) and exit
  create-admin --email E --name N [--organisation O]
                                invite a program admin into the vendor organisation (made
                                if missing, named O) and print a one-time sign-in link
  import <tenants|subscriptions|usage> <file> [--dry-run]
                                import a CSV (header row) or NDJSON file into the directory or
                                usage, in this process; exits 1 when rows were rejected
`;

/** The operator's command line: each role of the process on its own, and one-off tasks. */
async function cli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error('DATABASE_URL is not set. The separate roles share one PostgreSQL: set DATABASE_URL=postgres://user:pass@host:5432/db');
    return 2;
  }
  const logger = createLogger(config.logLevel);
  const { db, pool } = createDb(config.databaseUrl, command === 'serve' ? 20 : 10);
  const onSignal = (stop: () => Promise<unknown>) => {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => void stop().then(() => db.destroy()).then(() => process.exit(0)));
  };
  switch (command) {
    case 'migrate':
      console.log((await migrateToLatest({ db, pool })).join('\n') || 'Already up to date.');
      break;
    case 'seed':
      await migrateToLatest({ db, pool });
      if (await seedDemoData({ db, password: config.demoPassword })) {
        await seedDemoClaims({ db, clock: systemClock });
        console.log('Demo data loaded (its e-mails are sent by the next worker to run).');
      } else {
        console.log('Demo data already present.');
      }
      break;
    case 'create-admin': {
      if (!values.email || !values.name) {
        console.error('create-admin needs --email and --name (the password is chosen on the link it prints)');
        return 2;
      }
      const invited = await createProgramAdmin({ db, clock: systemClock, config, input: { email: values.email, name: values.name, organisation: values.organisation } });
      console.log(
        `Program admin ${invited.email} invited. Open this link to choose a password and sign in (it works once, until ${invited.expiresAt.toISOString()}):\n\n  ${invited.url}\n`,
      );
      break;
    }
    case 'import': {
      await migrateToLatest({ db, pool });
      const code = await importCommand({ db, pool, clock: systemClock, args: positionals.slice(1), dryRun: values['dry-run'] ?? false });
      await db.destroy();
      return code;
    }
    case 'serve': {
      await migrateToLatest({ db, pool });
      const { app, url } = await startApi({ db, config, clock: systemClock, logger });
      console.log(`Associa API listening at ${url}`);
      onSignal(() => app.close());
      return -1;
    }
    case 'worker': {
      await migrateToLatest({ db, pool });
      const runner = await startWorker({ pool, db, config, clock: systemClock, logger });
      console.log('Associa worker running.');
      onSignal(() => runner.stop());
      return -1;
    }
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      await db.destroy();
      return 2;
  }
  await db.destroy();
  return 0;
}

cli(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
