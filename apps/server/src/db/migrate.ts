import { Logger, runMigrations as runWorkerMigrations } from 'graphile-worker';
import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import type pg from 'pg';
import { migrations } from './migrations/index';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema (ours and the job queue's) up to date; safe to run from several processes at once. */
export async function migrateToLatest({ db, pool }: { db: Kysely<any>; pool: pg.Pool }): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
  }
  await runWorkerMigrations({ pgPool: pool, logger: silentWorkerLogger });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** graphile-worker's migrations log at info; the caller reports what ran. */
export const silentWorkerLogger = new Logger(() => () => undefined);
