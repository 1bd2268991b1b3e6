import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate';
import { systemClock } from '../lib/clock';
import { exitWith, KEEP_RUNNING, onSignal, withDatabase } from './cli-context';

/** `serve`: the API (and the built web UI) alone, for running the roles as separate processes. */
export const serveCommand = () =>
  new Command('serve').description('run the API (and the built web UI) only; migrates first').action(
    exitWith(() =>
      withDatabase(
        async ({ db, pool, config, logger }) => {
          await migrateToLatest({ db, pool });
          // Loaded on use: the other commands start without the whole API.
          const { startApi } = await import('../api');
          const { app, url } = await startApi({ db, config, clock: systemClock, logger });
          console.log(`Associa API listening at ${url}`);
          onSignal(db, () => app.close());
          return KEEP_RUNNING;
        },
        { poolSize: 20 },
      ),
    ),
  );
