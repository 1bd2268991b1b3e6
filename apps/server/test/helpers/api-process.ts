import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/config';
import { until } from './worker-process';

/** A free loopback port, for a child process that must be told its port up front. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A running API process: its base URL and the child to kill. */
export type ApiProcess = { child: ChildProcess; url: string };

/**
 * The real API role in its own process, as `npm run api` starts it (`cli.ts serve`: migrates,
 * then listens), on a port of its own; resolves once /health answers. The caller kills it.
 */
export async function spawnApiProcess(env: Record<string, string | undefined>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'apps/server/src/cli.ts'), 'serve'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: String(port), ASSOCIA_WEB_DIR: '/nonexistent-web-dir', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const url = `http://127.0.0.1:${port}`;
  await until(
    `the API process on port ${port}`,
    async () => {
      if (exited !== null) throw new Error(`the API process exited with ${exited} before answering`);
      return fetch(`${url}/api/v1/health`).then((r) => r.ok, () => false);
    },
    90_000,
  );
  return { child, url };
}
