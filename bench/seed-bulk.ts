// Bulk seeding on one connection: the tables' secondary indexes are dropped, the rows inserted by
// set-based SQL, and the indexes built again from their own definitions (a build is much faster
// than a million single-row index updates). Foreign-key triggers are skipped when the role may.
import { sql } from 'kysely';
import type { Db } from '../apps/server/src/db/client';

/** Runs `insert` on one connection with `tables`' non-constraint indexes dropped around it. */
export async function withIndexesDeferred(db: Db, tables: string[], insert: (conn: Db) => Promise<void>): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`set maintenance_work_mem = '256MB'`.execute(conn);
    const indexes = await sql<{ name: string; def: string }>`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
      from pg_index i
      where i.indrelid = any(${tables}::regclass[]) and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`.execute(conn);
    for (const i of indexes.rows) await sql.raw(`drop index ${i.name}`).execute(conn);
    // Skipping the per-row foreign-key checks needs a superuser (the embedded cluster's user is one).
    const replica = await sql`set session_replication_role = replica`.execute(conn).then(
      () => true,
      () => false,
    );
    try {
      await insert(conn);
    } finally {
      if (replica) await sql`set session_replication_role = origin`.execute(conn);
      for (const i of indexes.rows) await sql.raw(i.def).execute(conn);
    }
    for (const t of tables) await sql.raw(`analyze ${t}`).execute(conn);
  });
}
