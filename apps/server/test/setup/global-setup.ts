import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/client';
import { ensureDatabase, makeTempDataDir, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { migrateToLatest } from '../../src/db/migrate';
import { seedDemoData } from '../../src/modules/demo/seed-demo-data';

/** The database every test file clones: migrated, with the demo data loaded. */
export const TEMPLATE_DB = 'associa_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * Starts one PostgreSQL for the whole run (embedded under the OS temp folder, or the server in
 * TEST_DATABASE_URL), and prepares the template database the test files clone.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => undefined as unknown;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = await makeTempDataDir('associa-test-');
    const cluster = await startEmbeddedPostgres({ dataDir });
    adminUrl = cluster.connectionString('postgres');
    stop = cluster.stop;
  }
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  const { db, pool } = createDb(adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE_DB}`), 2);
  await migrateToLatest({ db, pool });
  await seedDemoData({ db, password: 'associa-demo' });
  await db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
