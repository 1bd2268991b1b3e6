import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Prefix of the per-run data folders the e2e config creates under the OS temp folder. */
export const E2E_DATA_DIR_PREFIX = 'associa-e2e-';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/**
 * Removes data folders of earlier runs whose PostgreSQL is no longer running. Playwright stops the
 * web server only after its global teardown, so a run can't delete its own folder safely.
 */
export function removeStaleDataDirs(parent: string): void {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(E2E_DATA_DIR_PREFIX)) continue;
    const dir = path.join(parent, name);
    const pidFile = path.join(dir, 'pg', 'postmaster.pid');
    const pid = existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10) : NaN;
    if (Number.isInteger(pid) && isRunning(pid)) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}
