import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingClient, StatementNames } from './prepared-statements';
import type { Database } from './schema';

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone to convert through.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// COUNT(*) and other bigints fit comfortably in a JS number for this domain.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** The typed query builder and its pool; one per process. */
export type Db = Kysely<Database>;

// Which database each Db opened, for the few parts that need a connection of their own (LISTEN).
const connectionStrings = new WeakMap<Db, string>();

/** The connection string `db` was opened with by createDb (undefined for a Db made elsewhere). */
export function connectionStringOf(db: Db): string | undefined {
  return connectionStrings.get(db);
}

// One registry per process: every pool's connections prepare the same texts under the same names.
const statementNames = new StatementNames();

/** Opens a pool on the given database and wraps it in Kysely; repeated statements run prepared. */
export function createDb(connectionString: string, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max, application_name: 'associa', Client: preparingClient(statementNames) });
  // An idle client's error (database restart) must not crash the process; the next query retries.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  connectionStrings.set(db, connectionString);
  return { db, pool };
}
