import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IMPORT_FIELDS, type ImportKind } from '@associa/contracts';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportRecord } from './read-import-records';

// COPY's text format: backslash escapes for the characters that delimit it, \N for NULL.
const escapeCopy = (v: string | null) => (v === null ? '\\N' : !/[\\\t\n\r]/.test(v) ? v : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

// Rows are sent in batches of about this many characters: fewer, larger writes to the socket.
const BATCH_CHARS = 256 * 1024;

/** Creates the temp table `stage` for a kind: the line, the row as given, and one text column per field. */
export async function createStage(client: pg.PoolClient, kind: ImportKind): Promise<void> {
  const columns = IMPORT_FIELDS[kind].map((f) => `${f.name} text`).join(', ');
  await client.query(`create temp table stage (line int not null, raw jsonb, bad_json boolean not null, ${columns}) on commit drop`);
}

/** Streams records into `stage` with COPY FROM STDIN, in the client's transaction; answers the row count. */
export async function copyIntoStage(client: pg.PoolClient, kind: ImportKind, records: AsyncIterable<ImportRecord>): Promise<number> {
  const names = IMPORT_FIELDS[kind].map((f) => f.name).join(', ');
  let rows = 0;
  async function* lines(): AsyncGenerator<string> {
    let batch = '';
    for await (const r of records) {
      rows++;
      batch += `${r.line}\t${r.raw ? escapeCopy(JSON.stringify(r.raw)) : '\\N'}\t${r.isJson ? 'f' : 't'}\t${r.values.map(escapeCopy).join('\t')}\n`;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`copy stage (line, raw, bad_json, ${names}) from stdin`)));
  return rows;
}
