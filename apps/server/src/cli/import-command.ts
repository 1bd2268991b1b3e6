import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type ImportKind, ImportKindSchema } from '@associa/contracts';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type pg from 'pg';
import type { Db } from '../db/client';
import { type Clock, systemClock } from '../lib/clock';
import { migrateToLatest } from '../db/migrate';
import { receiveImport } from '../modules/imports/receive-import';
import { runImport } from '../modules/imports/run-import';
import { exitWith, withDatabase } from './cli-context';

/**
 * `cli import <kind> <file> [--dry-run]`: streams the file straight into PostgreSQL and runs the
 * import in this process (no worker needed), with a progress bar on a terminal. Exit code 0 when
 * every row was taken, 1 when rows were rejected or the file was refused, 2 on a usage error.
 */
export async function runImportFile({ db, pool, clock, args, dryRun }: { db: Db; pool: pg.Pool; clock: Clock; args: string[]; dryRun: boolean }): Promise<number> {
  const [kindArg, file] = args;
  const kind = ImportKindSchema.safeParse(kindArg);
  if (!kind.success || !file) {
    console.error(`Usage: npm run cli -- import <${ImportKindSchema.options.join('|')}> <file.csv|file.ndjson> [--dry-run]`);
    return 2;
  }
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const format = /\.(nd)?jsonl?$|\.ndjson$/i.test(file) ? 'NDJSON' : 'CSV';
  const { id } = await receiveImport({
    db,
    clock,
    by: { userId: null, name: 'Associa CLI' },
    input: { kind: kind.data as ImportKind, format, dryRun, fileName: path.basename(file) },
    body: createReadStream(file),
    enqueue: false,
  });
  const bar = process.stdout.isTTY ? new SingleBar({ format: ' {bar} {percentage}% | {rows} rows | {value}/{total} bytes', hideCursor: true }) : null;
  bar?.start(size, 0, { rows: 0 });
  const client = await pool.connect();
  try {
    const outcome = await runImport({ db, clock, client, importId: id, onProgress: ({ bytesRead, rowsRead }) => bar?.update(bytesRead, { rows: rowsRead }) });
    bar?.update(size);
    bar?.stop();
    const record = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (record.status === 'FAILED') {
      console.error(`Import ${id} FAILED (${record.failure_code}): ${record.failure_message}`);
      return 1;
    }
    console.log(`Import ${id} ${dryRun ? '(dry run) ' : ''}${record.status}: ${outcome.rowsRead} rows read, ${outcome.inserted} inserted, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.rejected} rejected.`);
    if (outcome.rejected > 0) console.log(`Rejections: GET /api/v1/imports/${id}/rejections?format=csv`);
    return outcome.rejected > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    client.release();
  }
}

/** `import <kind> <file>`: an import without the API or a worker, e.g. the first directory load. */
export const importCommand = () =>
  new Command('import')
    .description('import a CSV (header row) or NDJSON file into the directory or usage, in this process; exits 1 when rows were rejected')
    .argument('<kind>', ImportKindSchema.options.join(' | '))
    .argument('<file>', 'file.csv or file.ndjson')
    .option('--dry-run', 'check every row and report, change nothing')
    .action(
      exitWith((kind: string, file: string, options: { dryRun?: boolean }) =>
        withDatabase(async ({ db, pool }) => {
          await migrateToLatest({ db, pool });
          return runImportFile({ db, pool, clock: systemClock, args: [kind, file], dryRun: options.dryRun ?? false });
        }),
      ),
    );
