import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BULK_CLAIM_FIELDS, BULK_CLAIM_LIMITS, type BulkClaimField, type ImportFormat } from '@associa/contracts';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../lib/errors';
import { decodeUtf8, numberedLines } from '../../lib/text-stream';

/** One data row of a bulk file: its line, its cells by column name (empty is null), and the row as given. */
export type BulkClaimRow = {
  line: number;
  values: Partial<Record<BulkClaimField, string | null>>;
  raw: Record<string, unknown>;
  /** Set when the line could not be read as a row (an NDJSON line that is not an object). */
  unreadable?: boolean;
};

const FIELD_NAMES: readonly string[] = BULK_CLAIM_FIELDS.map((f) => f.name);
const fileError = (code: string, message: string, status = 422) => new AppError(status, code, message);

const tooManyRows = () =>
  fileError('TOO_MANY_ROWS', `The file has more than ${BULK_CLAIM_LIMITS.maxRows} claims; split it into several files.`, 413);


/** Checks a CSV header (or NDJSON keys) against the bulk columns; answers the header's names. */
export function checkBulkColumns(header: string[], { requireAll = true } = {}): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !FIELD_NAMES.includes(n));
  if (unknown.length) throw fileError('UNKNOWN_COLUMNS', `Unknown columns: ${unknown.join(', ')}. Expected: ${FIELD_NAMES.join(', ')}.`);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) throw fileError('UNKNOWN_COLUMNS', `Columns given twice: ${[...new Set(repeated)].join(', ')}.`);
  const missing = BULK_CLAIM_FIELDS.filter((f) => f.required && !names.includes(f.name)).map((f) => f.name);
  if (requireAll && missing.length) throw fileError('MISSING_COLUMNS', `Missing columns: ${missing.join(', ')}.`);
  return names;
}

const cell = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const text = String(v).trim();
  return text === '' ? null : text;
};

async function* readCsv(text: AsyncIterable<string>): AsyncGenerator<BulkClaimRow> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipeline, not pipe: a decoding error must reach the parser (and so this loop), not vanish.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  let names: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!names) {
        names = checkBulkColumns(record);
        continue;
      }
      const values: BulkClaimRow['values'] = {};
      const raw: Record<string, unknown> = {};
      names.forEach((name, i) => {
        values[name as BulkClaimField] = cell(record[i]);
        raw[name] = record[i] ?? '';
      });
      yield { line: info.lines, values, raw };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Every parser complaint (CSV_* codes, INVALID_OPENING_QUOTE, ...) is the file's fault, not ours.
    if (err instanceof CsvError) throw fileError('FILE_NOT_CSV', `The file is not valid CSV: ${err.message}`);
    throw err;
  }
  if (!names) throw fileError('HEADER_MISSING', `The file is empty: the first line must name the columns (${FIELD_NAMES.join(',')}).`);
}


/** An NDJSON value as a cell: lists joined with `;`, a product object as `CODE:SUBSCRIPTION_ID`. */
function jsonCell(value: unknown): string | null {
  if (Array.isArray(value)) {
    const items = value.map((v) => {
      if (v !== null && typeof v === 'object') {
        const { productCode, subscriptionId } = v as { productCode?: unknown; subscriptionId?: unknown };
        return [productCode, subscriptionId].filter((x) => x !== undefined && x !== null && x !== '').join(':');
      }
      return String(v ?? '');
    });
    return cell(items.join(';'));
  }
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return cell(value);
}

async function* readNdjson(text: AsyncIterable<string>): AsyncGenerator<BulkClaimRow> {
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
    if (!isObject && seen === 0) throw fileError('FILE_NOT_NDJSON', `Line ${line} is not a JSON object: an NDJSON file has one object per line.`);
    seen++;
    if (!isObject) {
      yield { line, values: {}, raw: { line: trimmed.slice(0, 1000) }, unreadable: true };
      continue;
    }
    const row = parsed as Record<string, unknown>;
    checkBulkColumns(Object.keys(row), { requireAll: false });
    const values: BulkClaimRow['values'] = {};
    for (const [key, value] of Object.entries(row)) values[key.toLowerCase() as BulkClaimField] = jsonCell(value);
    yield { line, values, raw: row };
  }
  if (seen === 0) throw fileError('FILE_EMPTY', 'The file holds no rows.');
}

/**
 * Reads every row of a bulk claims file (CSV with a header row, or NDJSON) as it streams in. Rows
 * are kept, but never more than the row limit: a longer file is refused (413) before any claim is
 * made, and so is a file over the byte limit or one that is not UTF-8, CSV or NDJSON (422).
 */
export async function readBulkClaimRows(
  body: AsyncIterable<Buffer | string>,
  { format, maxRows = BULK_CLAIM_LIMITS.maxRows, maxBytes = BULK_CLAIM_LIMITS.maxBytes }: { format: ImportFormat; maxRows?: number; maxBytes?: number },
): Promise<BulkClaimRow[]> {
  let total = 0;
  const text = decodeUtf8(body, {
    onBytes: (n) => {
      total += n;
      if (total > maxBytes) throw fileError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into several files.`, 413);
    },
    invalid: () => fileError('FILE_ENCODING', 'The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and upload it again.'),
  });
  const rows: BulkClaimRow[] = [];
  for await (const row of format === 'CSV' ? readCsv(text) : readNdjson(text)) {
    if (rows.length >= maxRows) throw tooManyRows();
    rows.push(row);
  }
  if (!rows.length) throw fileError('FILE_EMPTY', 'The file holds no claims: add one row per claim under the header.');
  return rows;
}
