// A PostgreSQL cluster of one test's own, in a process of its own (see pg-cluster-process.ts for
// why), that the test can stop and start again on the same port and data: a database restart.
import { rm } from 'node:fs/promises';
import { makeTempDataDir, startEmbeddedPostgres, type EmbeddedCluster } from '../../src/db/embedded-postgres';

/** What the parent asks, and what this process answers when it is done. */
export type RestartCommand = { cmd: 'stop' | 'start' };
export type RestartReply = { ok: true; adminUrl: string } | { ok: false; error: string };

const dataDir = await makeTempDataDir('associa-restart-');
let cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir });
const port = cluster.port;
let running = true;

process.on('message', async (m: RestartCommand) => {
  try {
    if (m.cmd === 'stop' && running) {
      await cluster.stop();
      running = false;
    } else if (m.cmd === 'start' && !running) {
      cluster = await startEmbeddedPostgres({ dataDir, port });
      running = true;
    }
    process.send!({ ok: true, adminUrl: cluster.connectionString('postgres') } satisfies RestartReply);
  } catch (err) {
    process.send!({ ok: false, error: (err as Error).message } satisfies RestartReply);
  }
});
process.on('disconnect', async () => {
  if (running) await cluster.stop().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
});
process.send!({ ok: true, adminUrl: cluster.connectionString('postgres') } satisfies RestartReply);
