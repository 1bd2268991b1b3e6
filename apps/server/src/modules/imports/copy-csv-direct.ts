import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IMPORT_FIELDS, type ImportKind } from '@associa/contracts';
import { parse } from 'csv-parse/sync';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ImportFileError } from './import-file-error';
import { columnIndexes } from './read-import-records';

/** Splits the first line (the header) off a file's chunks; the rest stays a stream of bytes. */
async function splitHeader(chunks: AsyncIterable<Buffer>): Promise<{ header: string; rest: AsyncGenerator<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
    if (head.includes(0x0a)) break;
  }
  const end = head.indexOf(0x0a);
  const first = end < 0 ? head : head.subarray(0, end);
  const remainder = end < 0 ? Buffer.alloc(0) : head.subarray(end + 1);
  const header = new TextDecoder('utf-8', { fatal: false }).decode(first).replace(/^\uFEFF/, '').replace(/\r$/, '');
  async function* rest() {
    if (remainder.length) yield remainder;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { header, rest: rest() };
}

/**
 * The fast path for a well-formed CSV file: PostgreSQL parses it, with COPY ... (FORMAT csv)
 * straight from the stored bytes into `stage`, in header order, at raw COPY speed. Answers the row
 * count, or null when the file needs the row-tolerant parser (a row with too few or too many
 * cells, a blank line, or a value spanning lines, which would shift line numbers); the caller
 * rolls back to its savepoint then. Header and encoding problems refuse the file.
 */
export async function copyCsvDirect(client: pg.PoolClient, kind: ImportKind, chunks: AsyncIterable<Buffer>, onBytes: (n: number) => void): Promise<number | null> {
  const { header, rest } = await splitHeader(chunks);
  if (!header.trim()) throw new ImportFileError('HEADER_MISSING', `The file is empty: the first line must name the columns (${IMPORT_FIELDS[kind].map((f) => f.name).join(',')}).`);
  let names: string[];
  try {
    names = (parse(header) as string[][])[0] ?? [];
  } catch (err) {
    throw new ImportFileError('FILE_NOT_CSV', `The first line is not a CSV header: ${(err as Error).message}`);
  }
  columnIndexes(kind, names);
  const given = names.map((n) => n.trim().toLowerCase());
  async function* counted() {
    for await (const chunk of rest) {
      onBytes(chunk.length);
      yield chunk;
    }
  }
  const columns = given.join(', ');
  try {
    await pipeline(Readable.from(counted()), client.query(copyFrom(`copy stage (${columns}) from stdin with (format csv, force_null (${columns}))`)));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === '22021') throw new ImportFileError('FILE_ENCODING', 'The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and upload it again.');
    if (code === '22P04') return null;
    throw err;
  }
  const spansLines = await client.query(`select 1 from stage where ${given.map((n) => `strpos(${n}, chr(10)) > 0`).join(' or ')} limit 1`);
  if (spansLines.rowCount) return null;
  // Cells as the row-by-row reader gives them: trimmed, and empty ones NULL; only padded rows are rewritten.
  await client.query(`update stage set ${given.map((n) => `${n} = nullif(btrim(${n}), '')`).join(', ')} where ${given.map((n) => `${n} <> btrim(${n}) or ${n} = ''`).join(' or ')}`);
  const count = await client.query<{ n: string }>('select count(*) as n from stage');
  return Number(count.rows[0]!.n);
}
