import pg from 'pg';

/** Creates the database if it does not exist yet; used for the embedded cluster and in tests. */
export async function ensureDatabase(adminConnectionString: string, name: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return false;
    const ident = client.escapeIdentifier(name);
    await client.query(template ? `create database ${ident} template ${client.escapeIdentifier(template)}` : `create database ${ident}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database and ends its sessions (PostgreSQL 13+); for throwaway databases of benches and tests. */
export async function dropDatabase(adminConnectionString: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}
