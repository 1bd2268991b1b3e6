import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/client';
import { ensureDatabase } from '../../src/db/ensure-database';
import { migrateToLatest } from '../../src/db/migrate';
import { seedDemoData } from '../../src/modules/demo/seed-demo-data';
import { TEST_EPOCH } from '../helpers/test-epoch';
import type { ClusterReady } from './pg-cluster-process';

/** The database every test file clones: migrated, with the demo data loaded. */
export const TEMPLATE_DB = 'associa_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** Starts the embedded PostgreSQL in a child process and waits for its address. */
async function startClusterProcess(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const child = fork(path.join(import.meta.dirname, 'pg-cluster-process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await Promise.race([
    once(child, 'message') as Promise<[ClusterReady]>,
    once(child, 'exit').then(([code]) => {
      throw new Error(`the test PostgreSQL did not start (its process exited with ${code})`);
    }),
  ]);
  return {
    adminUrl: ready[0].adminUrl,
    stop: async () => {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

/**
 * Starts one PostgreSQL for the whole run (embedded, in its own process, or the server in
 * TEST_DATABASE_URL), and prepares the template database the test files clone.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!adminUrl) ({ adminUrl, stop } = await startClusterProcess());
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  const { db, pool } = createDb(adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE_DB}`), 2);
  await migrateToLatest({ db, pool });
  await seedDemoData({ db, password: 'associa-demo', now: TEST_EPOCH });
  await db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  return stop;
}
