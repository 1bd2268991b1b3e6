import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate';
import { systemClock } from '../lib/clock';
import { exitWith, KEEP_RUNNING, onSignal, withDatabase } from './cli-context';

/** `worker`: the job worker alone (any number of them may run beside the API). */
export const workerCommand = () =>
  new Command('worker').description('run the job worker only; migrates first').action(
    exitWith(() =>
      withDatabase(async ({ db, pool, config, logger }) => {
        await migrateToLatest({ db, pool });
        // Loaded on use: the other commands start without the job list.
        const { startWorker } = await import('../worker');
        const runner = await startWorker({ pool, db, config, clock: systemClock, logger });
        console.log('Associa worker running.');
        onSignal(db, () => runner.stop());
        return KEEP_RUNNING;
      }),
    ),
  );
