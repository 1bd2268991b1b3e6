// The server under test, in a process of its own: the product's API role exactly as `npm run api`
// runs it (the compiled apps/server/dist/cli.js serve, with that script's node flags and its pool
// of 20), on the bench database. Its RSS is the product's, not a TypeScript loader's (issue 15).
import { type BenchChild, startProductChild } from './child';

/** Starts it on `databaseUrl` (already migrated: serve's own migration finds nothing to do); SIGTERM stops it. */
export function startServerChild(databaseUrl: string): Promise<BenchChild> {
  return startProductChild('api', { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ASSOCIA_WEB_DIR: '/nonexistent', HOST: '127.0.0.1', PORT: '0' });
}
