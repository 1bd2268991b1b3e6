import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate';
import { exitWith, withDatabase } from './cli-context';

/** `migrate`: brings the schema up to date before a deploy starts the roles. */
export const migrateCommand = () =>
  new Command('migrate').description('apply database migrations and exit').action(
    exitWith(() =>
      withDatabase(async ({ db, pool }) => {
        console.log((await migrateToLatest({ db, pool })).join('\n') || 'Already up to date.');
        return 0;
      }),
    ),
  );
