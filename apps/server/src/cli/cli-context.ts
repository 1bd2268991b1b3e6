import type pg from 'pg';
import { type Config, loadConfig } from '../config/config';
import { createDb, type Db } from '../db/client';
import { createLogger } from '../lib/logger';

/** An action's answer that keeps the process running (serve, worker) until a signal stops it. */
export const KEEP_RUNNING = -1;

/** A wrong invocation found by a command itself: printed, and the process exits 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** What a command that talks to PostgreSQL gets. */
export type CliDatabase = { config: Config; db: Db; pool: pg.Pool; logger: ReturnType<typeof createLogger> };

/**
 * Wraps a command's action: its answer is the exit code (0 ok, 1 failure, 2 usage; `KEEP_RUNNING`
 * leaves the process up); a thrown error prints its message and exits 1 (a `CliUsageError` 2).
 */
export function exitWith<A extends unknown[]>(action: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    let code: number;
    try {
      code = await action(...args);
    } catch (err) {
      console.error((err as Error).message);
      code = err instanceof CliUsageError ? 2 : 1;
    }
    if (code === KEEP_RUNNING) return;
    // Let what was written to stdout (an export piped on) leave before the process ends.
    await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    process.exit(code);
  };
}

/**
 * Opens the shared PostgreSQL (DATABASE_URL) for one command and closes it when the command ends,
 * unless it answers `KEEP_RUNNING`; then `onSignal` closes it.
 */
export async function withDatabase(run: (d: CliDatabase) => Promise<number>, { poolSize = 10 } = {}): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new CliUsageError('DATABASE_URL is not set. The separate roles share one PostgreSQL: set DATABASE_URL=postgres://user:pass@host:5432/db');
  const { db, pool } = createDb(config.databaseUrl, poolSize);
  let code = 1;
  try {
    code = await run({ config, db, pool, logger: createLogger(config.logLevel) });
    return code;
  } finally {
    if (code !== KEEP_RUNNING) await db.destroy();
  }
}

/** On SIGINT/SIGTERM: stop the role, close the database, exit 0. */
export function onSignal(db: Db, stop: () => Promise<unknown>): void {
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => void stop().then(() => db.destroy()).then(() => process.exit(0)));
}
