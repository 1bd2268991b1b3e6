import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IMPORT_FIELDS, type ImportFormat, type ImportKind } from '@associa/contracts';
import { CsvError, parse } from 'csv-parse';
import { decodeUtf8, numberedLines } from '../../lib/text-stream';
import { ImportFileError } from './import-file-error';

/**
 * One data row: its line in the file and its values in `IMPORT_FIELDS` order. `raw` is the row as
 * given when the values can't say it (an NDJSON object, or a line that is not one); a CSV row is
 * its values.
 */
export type ImportRecord = { line: number; values: (string | null)[]; raw: Record<string, unknown> | null; isJson: boolean };

/** Maps a header to field positions, refusing unknown, repeated and missing columns by name. */
export function columnIndexes(kind: ImportKind, header: string[]): number[] {
  const fields = IMPORT_FIELDS[kind];
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !fields.some((f) => f.name === n));
  if (unknown.length) throw new ImportFileError('UNKNOWN_COLUMNS', `Unknown columns for ${kind}: ${unknown.join(', ')}. Expected: ${fields.map((f) => f.name).join(', ')}.`);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) throw new ImportFileError('UNKNOWN_COLUMNS', `Columns given twice: ${[...new Set(repeated)].join(', ')}.`);
  const missing = fields.filter((f) => f.required && !names.includes(f.name)).map((f) => f.name);
  if (missing.length) throw new ImportFileError('MISSING_COLUMNS', `Missing columns for ${kind}: ${missing.join(', ')}.`);
  return fields.map((f) => names.indexOf(f.name));
}

const cell = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

async function* readCsv(text: AsyncIterable<string>, kind: ImportKind): AsyncGenerator<ImportRecord> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipeline, not pipe: a decoding error must reach the parser (and so this loop), not vanish.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  let indexes: number[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!indexes) {
        indexes = columnIndexes(kind, record);
        continue;
      }
      yield { line: info.lines, values: indexes.map((i) => (i < 0 ? null : cell(record[i]))), raw: null, isJson: true };
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    // Every parser error (some codes, like INVALID_OPENING_QUOTE, have no CSV_ prefix) is the file's fault.
    if (err instanceof CsvError) throw new ImportFileError('FILE_NOT_CSV', `The file is not valid CSV: ${err.message}`);
    throw err;
  }
  if (!indexes) throw new ImportFileError('HEADER_MISSING', `The file is empty: the first line must name the columns (${IMPORT_FIELDS[kind].map((f) => f.name).join(',')}).`);
}


/** An NDJSON value as the staging columns take it: text, or null. */
function jsonCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return cell(String(value));
}

async function* readNdjson(text: AsyncIterable<string>, kind: ImportKind): AsyncGenerator<ImportRecord> {
  const fields = IMPORT_FIELDS[kind];
  let seen = 0;
  for await (const [line, content] of numberedLines(text)) {
    const trimmed = content.replace(/^\uFEFF/, '').trim();
    if (!trimmed) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      parsed = undefined;
    }
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    if (!isObject && seen === 0) throw new ImportFileError('FILE_NOT_NDJSON', `Line ${line} is not a JSON object: an NDJSON file has one object per line.`);
    seen++;
    if (!isObject) {
      yield { line, values: fields.map(() => null), raw: { line: trimmed.slice(0, 1000) }, isJson: false };
      continue;
    }
    const row = parsed as Record<string, unknown>;
    const unknown = Object.keys(row).filter((k) => !fields.some((f) => f.name === k));
    if (unknown.length) throw new ImportFileError('UNKNOWN_COLUMNS', `Unknown fields for ${kind} on line ${line}: ${unknown.join(', ')}. Expected: ${fields.map((f) => f.name).join(', ')}.`);
    yield { line, values: fields.map((f) => jsonCell(row[f.name])), raw: row, isJson: true };
  }
  if (seen === 0) throw new ImportFileError('FILE_EMPTY', 'The file holds no rows.');
}

/**
 * Streams a file's rows from its chunks, never holding it whole: UTF-8 checked, CSV (header row)
 * or NDJSON parsed, columns mapped by name. A file-level problem throws an `ImportFileError`.
 */
export function readImportRecords(chunks: AsyncIterable<Buffer>, { kind, format, onBytes = () => undefined }: { kind: ImportKind; format: ImportFormat; onBytes?: (n: number) => void }): AsyncGenerator<ImportRecord> {
  const text = decodeUtf8(chunks, { onBytes, invalid: () => new ImportFileError('FILE_ENCODING', 'The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and upload it again.') });
  return format === 'CSV' ? readCsv(text, kind) : readNdjson(text, kind);
}
