import { loadConfig } from '../config/config';
import { createDb } from '../db/client';
import { systemClock } from '../lib/clock';
import { createLogger } from '../lib/logger';
import { buildApp } from './app';

/**
 * The OpenAPI document exactly as the running API serves it, built from the real app without
 * listening and without a database (the pool is never asked for a connection), for the linter and
 * the generated client.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const { db } = createDb('postgres://openapi@127.0.0.1:1/openapi', 1);
  const config = loadConfig({ LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent-web-dir' });
  const app = await buildApp({ db, config, clock: systemClock, logger: createLogger('silent') });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}
