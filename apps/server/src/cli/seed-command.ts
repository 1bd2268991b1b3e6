import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate';
import { systemClock } from '../lib/clock';
import { seedDemoClaims } from '../modules/demo/seed-demo-claims';
import { seedDemoData } from '../modules/demo/seed-demo-data';
import { exitWith, withDatabase } from './cli-context';

/** `seed`: the demo organisations, people, directory and claims, once. */
export const seedCommand = () =>
  new Command('seed').description('load the demo data and claims (once) and exit').action(
    exitWith(() =>
      withDatabase(async ({ db, pool, config }) => {
        await migrateToLatest({ db, pool });
        if (await seedDemoData({ db, password: config.demoPassword })) {
          await seedDemoClaims({ db, clock: systemClock });
          console.log('Demo data loaded (its e-mails are sent by the next worker to run).');
        } else {
          console.log('Demo data already present.');
        }
        return 0;
      }),
    ),
  );
