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
