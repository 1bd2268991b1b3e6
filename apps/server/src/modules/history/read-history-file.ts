import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { HISTORY_CSV_COLUMNS, type HistoryRecord, HistoryRecordSchema } from '@associa/contracts';
import { parse } from 'csv-parse';
import { parseJsonKeepingNumbers } from './history-canonical';
import { historyCsvUnescape } from './history-format';
import type { NumberedRecord } from './verify-history';

/** A line of the file that is not a history record at all (as opposed to a record that fails the check). */
export class HistoryFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'HistoryFileError';
  }
}

const problemOf = (issues: { path: PropertyKey[]; message: string }[]) => issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');

function validated(line: number, candidate: unknown, data: unknown): NumberedRecord {
  const parsed = HistoryRecordSchema.safeParse(candidate);
  if (!parsed.success) throw new HistoryFileError(line, `not a history record (${problemOf(parsed.error.issues)})`);
  if (data === undefined) throw new HistoryFileError(line, 'not a history record (data is missing)');
  return { line, record: { ...parsed.data, data } as HistoryRecord };
}

/** NDJSON: one record per non-empty line; `data` keeps its numbers' text. */
async function* readNdjson(file: string): AsyncGenerator<NumberedRecord> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (!trimmed.trim()) continue;
    let plain: unknown;
    let kept: unknown;
    try {
      plain = JSON.parse(trimmed);
      kept = parseJsonKeepingNumbers(trimmed);
    } catch (err) {
      throw new HistoryFileError(line, `not JSON (${(err as Error).message})`);
    }
    yield validated(line, plain, (kept as { data?: unknown } | null)?.data);
  }
}

/** CSV with the export's header; escaped text cells are unescaped, empty cells are null. */
async function* readCsv(file: string): AsyncGenerator<NumberedRecord> {
  const parser = createReadStream(file).pipe(parse({ bom: true, columns: true, info: true, skip_empty_lines: true }));
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = info.lines;
      if (!checkedHeader) {
        const missing = HISTORY_CSV_COLUMNS.filter((c) => !(c in record));
        if (missing.length) throw new HistoryFileError(1, `the CSV header lacks ${missing.join(', ')}`);
        checkedHeader = true;
      }
      const cell = (c: (typeof HISTORY_CSV_COLUMNS)[number]) => historyCsvUnescape(record[c] ?? '');
      const seq = cell('seq');
      let data: unknown;
      try {
        data = parseJsonKeepingNumbers(cell('data'));
      } catch (err) {
        throw new HistoryFileError(line, `data is not JSON (${(err as Error).message})`);
      }
      const candidate = {
        claimId: cell('claimId'),
        seq: /^\d+$/.test(seq) ? Number(seq) : seq,
        eventId: cell('eventId'),
        occurredAt: cell('occurredAt'),
        actorType: cell('actorType'),
        actorUserId: cell('actorUserId') || null,
        actorName: cell('actorName'),
        type: cell('type'),
        data: null,
        prevHash: cell('prevHash') || null,
        hash: cell('hash'),
      };
      yield validated(line, candidate, data);
    }
  } catch (err) {
    if (err instanceof HistoryFileError) throw err;
    throw new HistoryFileError((err as { lines?: number }).lines ?? 0, `not a readable CSV (${(err as Error).message})`);
  }
}

/** Whether a file is NDJSON or CSV: by its first character (a record line starts with `{`). */
async function formatOf(file: string): Promise<'ndjson' | 'csv'> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('{') ? 'ndjson' : 'csv';
  } finally {
    await handle.close();
  }
}

/** The records of a downloaded history export (NDJSON or CSV), in file order, with their line numbers. */
export async function* readHistoryFile(file: string): AsyncGenerator<NumberedRecord> {
  yield* (await formatOf(file)) === 'ndjson' ? readNdjson(file) : readCsv(file);
}
