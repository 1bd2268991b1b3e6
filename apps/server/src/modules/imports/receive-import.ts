import { type ImportFormat, type ImportKind, Limits } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { enqueueJob } from '../../jobs/enqueue-job';
import { runImportJob } from '../../jobs/run-import.job';

// Chunks of about this size are written as the upload arrives: memory stays flat whatever the file.
const CHUNK_BYTES = 1024 * 1024;

/** Who started an import: a program admin (API or web) or the operator's CLI. */
export type ImportRequester = { userId: string | null; name: string };

/**
 * Stores an uploaded file as it streams in, with its import record and the worker's job, in one
 * transaction: the 202 means the whole file is in PostgreSQL; a broken upload leaves nothing.
 * `enqueue: false` leaves the running to the caller (the CLI runs it in its own process).
 */
export async function receiveImport({
  db,
  clock,
  by,
  input,
  body,
  enqueue = true,
  maxBytes = Limits.maxImportBytes,
}: {
  db: Db;
  clock: Clock;
  by: ImportRequester;
  input: { kind: ImportKind; format: ImportFormat; dryRun: boolean; fileName?: string | null };
  body: AsyncIterable<Buffer | string>;
  enqueue?: boolean;
  maxBytes?: number;
}): Promise<{ id: string; status: 'QUEUED' }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('imports')
      .values({ kind: input.kind, format: input.format, dry_run: input.dryRun, file_name: input.fileName ?? null, created_by: by.userId, created_by_name: by.name, created_at: clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    let seq = 0;
    let total = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (!pendingBytes) return;
      await trx.insertInto('import_chunks').values({ import_id: row.id, seq: seq++, bytes: Buffer.concat(pending) }).execute();
      pending = [];
      pendingBytes = 0;
    };
    for await (const piece of body) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
      total += chunk.length;
      if (total > maxBytes) throw new AppError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the import limit of ${Math.round(maxBytes / 1024 / 1024)} MB; split it into several imports.`);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    if (total === 0) throw new AppError(400, 'FILE_EMPTY', 'The request body is empty: send the file as the body.');
    await trx.updateTable('imports').set({ total_bytes: total }).where('id', '=', row.id).execute();
    if (enqueue) await enqueueJob(trx, runImportJob, { importId: row.id }, { jobKey: `import:${row.id}` });
    return { id: row.id, status: 'QUEUED' as const };
  });
}
