import { IMPORT_FIELDS, type ImportKind } from '@associa/contracts';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Db } from '../../db/client';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { copyCsvDirect } from './copy-csv-direct';
import { copyIntoStage, createStage } from './copy-stage';
import { ImportFileError } from './import-file-error';
import type { ImportKindSpec } from './import-kind';
import { guidTestFor, monthTestFor } from './import-sql';
import { readImportRecords } from './read-import-records';
import { subscriptionsImport } from './subscriptions-import';
import { tenantsImport } from './tenants-import';
import { usageImport } from './usage-import';

const KINDS: Record<ImportKind, ImportKindSpec> = { tenants: tenantsImport, subscriptions: subscriptionsImport, usage: usageImport };

// How often the import record's progress (bytes and rows read) is written while the file is parsed.
const PROGRESS_MS = 500;

/** The file's chunks in order, a few at a time, so memory holds at most those. */
async function* readChunks(db: Db, importId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 4) {
    const rows = await db.selectFrom('import_chunks').select('bytes').where('import_id', '=', importId).where('seq', '>=', seq).where('seq', '<', seq + 4).orderBy('seq').execute();
    for (const r of rows) yield r.bytes;
    if (rows.length < 4) return;
  }
}

/** Kysely on one checked-out client, so typed use cases join the import's own transaction. */
function kyselyOn(client: pg.PoolClient): Kysely<Database> {
  // A stand-in whose release does nothing: the client goes back to its pool only when the import is done.
  const borrowed = { query: client.query.bind(client), release: () => undefined };
  const single = { connect: async () => borrowed, end: async () => undefined };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: single as unknown as pg.Pool }) });
}

/** The counts and state an import ended with. */
export type ImportOutcome = { status: 'SUCCEEDED' | 'FAILED' | 'SKIPPED'; rowsRead: number; rejected: number; inserted: number; updated: number; unchanged: number; seconds?: Record<'copy' | 'check' | 'merge', number> };

/**
 * Runs one received import: parses the stored file into a temp table with COPY, checks every row
 * with set-based SQL, records the rejections, and merges the valid rows, all in one transaction on
 * `client`, so a crash leaves the directory as it was. A refused file fails at once; any other
 * error rolls back and is retried by the queue, failing the import on the last attempt.
 */
export async function runImport({
  db,
  clock,
  client,
  importId,
  isLastAttempt = true,
  onProgress = () => undefined,
}: {
  db: Db;
  clock: Clock;
  client: pg.PoolClient;
  importId: string;
  isLastAttempt?: boolean;
  /** Told the bytes and rows read so far, as often as the import record is (the CLI's progress bar). */
  onProgress?: (progress: { bytesRead: number; rowsRead: number }) => void;
}): Promise<ImportOutcome> {
  const none = { rowsRead: 0, rejected: 0, inserted: 0, updated: 0, unchanged: 0 };
  const record = await db.selectFrom('imports').selectAll().where('id', '=', importId).executeTakeFirst();
  if (!record || record.status === 'SUCCEEDED' || record.status === 'FAILED') return { status: 'SKIPPED', ...none };
  const started = clock.now();
  await db.updateTable('imports').set({ status: 'RUNNING', started_at: started, bytes_read: 0, rows_read: 0 }).where('id', '=', importId).execute();
  const spec = KINDS[record.kind];
  let bytes = 0;
  let rowsSeen = 0;
  let lastProgress = Date.now();
  const progress = async () => {
    if (Date.now() - lastProgress < PROGRESS_MS) return;
    lastProgress = Date.now();
    onProgress({ bytesRead: bytes, rowsRead: rowsSeen });
    await db.updateTable('imports').set({ bytes_read: bytes, rows_read: rowsSeen }).where('id', '=', importId).execute();
  };
  async function* counted() {
    for await (const r of readImportRecords(readChunks(db, importId), { kind: record!.kind, format: record!.format, onBytes: (n) => (bytes += n) })) {
      rowsSeen++;
      if (rowsSeen % 1000 === 0) await progress();
      yield r;
    }
  }
  // A well-formed CSV file goes straight into COPY; anything irregular is read again row by row.
  const copyDirect = async () => {
    await client.query('savepoint direct');
    const rows = await copyCsvDirect(client, record!.kind, readChunks(db, importId), (n) => {
      bytes += n;
      void progress();
    });
    if (rows === null) {
      await client.query('rollback to savepoint direct');
      bytes = 0;
    }
    return rows;
  };
  const fail = async (code: string, message: string) => {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('imports').set({ status: 'FAILED', failure_code: code, failure_message: message.slice(0, 2000), finished_at: clock.now(), bytes_read: bytes, rows_read: rowsSeen }).where('id', '=', importId).execute();
      await trx.deleteFrom('import_chunks').where('import_id', '=', importId).execute();
    });
  };
  const now = clock.now();
  const version = Number((await client.query<{ v: string }>(`select current_setting('server_version_num') as v`)).rows[0]!.v);
  const ctx = { client, trx: kyselyOn(client), importId, now, today: now.toISOString().slice(0, 10), dryRun: record.dry_run, isGuid: guidTestFor(version), isMonth: monthTestFor(version) };
  try {
    let mark = performance.now();
    const lap = () => {
      const s = (performance.now() - mark) / 1000;
      mark = performance.now();
      return Number(s.toFixed(2));
    };
    await client.query('begin');
    // Room for the checks' sorts and hashes over a large file, for this transaction only.
    await client.query(`set local work_mem = '256MB'`);
    // One import of a kind at a time: the merge's reads and writes then see no one else's.
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`associa-import:${record.kind}`]);
    await client.query('delete from import_rejections where import_id = $1', [importId]);
    await createStage(client, record.kind);
    const rowsRead = (record.format === 'CSV' ? await copyDirect() : null) ?? (await copyIntoStage(client, record.kind, counted()));
    const copySeconds = lap();
    await client.query('analyze stage');
    await spec.check(ctx);
    await client.query(`update checked c set problems = array['line:INVALID_JSON'] from stage s where s.line = c.line and s.bad_json`);
    const rejected = await client.query(
      `insert into import_rejections (import_id, line, "row", problems)
       select $1, c.line, coalesce(c.raw, jsonb_build_object(${IMPORT_FIELDS[record.kind].map((f) => `'${f.name}', s.${f.name}`).join(', ')})), (select jsonb_agg(jsonb_build_object('field', split_part(x, ':', 1), 'code', split_part(x, ':', 2))) from unnest(problems) x)
       from checked c join stage s on s.line = c.line where cardinality(c.problems) > 0`,
      [importId],
    );
    await client.query('analyze checked');
    const checkSeconds = lap();
    const counts = await spec.merge(ctx);
    const outcome = { status: 'SUCCEEDED' as const, rowsRead, rejected: rejected.rowCount ?? 0, ...counts, seconds: { copy: copySeconds, check: checkSeconds, merge: lap() } };
    await client.query(
      `update imports set status = 'SUCCEEDED', rows_read = $2, rejected = $3, inserted = $4, updated = $5, unchanged = $6, bytes_read = total_bytes, finished_at = $7 where id = $1`,
      [importId, rowsRead, outcome.rejected, counts.inserted, counts.updated, counts.unchanged, clock.now()],
    );
    await client.query('delete from import_chunks where import_id = $1', [importId]);
    await client.query('commit');
    return outcome;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    if (err instanceof ImportFileError) {
      await fail(err.code, err.message);
      return { status: 'FAILED', ...none, rowsRead: rowsSeen };
    }
    if (isLastAttempt) await fail('IMPORT_CRASHED', `The import stopped: ${(err as Error).message}`);
    throw err;
  }
}
