import { Readable } from 'node:stream';
import { HISTORY_CSV_COLUMNS } from '@associa/contracts';
import { stringify } from 'csv-stringify';

/** One chained event as the export query reads it: `data` is PostgreSQL's own text of the jsonb, never re-encoded. */
export type HistoryRow = {
  eventId: string;
  claimId: string;
  seq: number;
  occurredAt: string;
  actorType: 'USER' | 'SYSTEM' | 'CUSTOMER';
  actorUserId: string | null;
  actorName: string;
  type: string;
  dataText: string;
  prevHash: string | null;
  hash: string;
};

/** The two export formats. */
export type HistoryExportFormat = 'ndjson' | 'csv';

/** One NDJSON line (no newline): the record's fields in header order, `data` embedded as stored. */
export function historyNdjsonLine(r: HistoryRow): string {
  const head = JSON.stringify({ claimId: r.claimId, seq: r.seq, eventId: r.eventId, occurredAt: r.occurredAt, actorType: r.actorType, actorUserId: r.actorUserId, actorName: r.actorName, type: r.type });
  return `${head.slice(0, -1)},"data":${r.dataText},"prevHash":${JSON.stringify(r.prevHash)},"hash":${JSON.stringify(r.hash)}}`;
}

// Spreadsheets run cells starting with these. Unlike the other exports, the guard must be undone
// exactly by a verifier, so a leading quote is escaped too: one quote is always removed.
const FORMULA_START = /^[=+\-@\t\r']/;

/** A text cell of a history CSV, safe to open in a spreadsheet and reversible by `historyCsvUnescape`. */
export const historyCsvEscape = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** Undoes `historyCsvEscape`. */
export const historyCsvUnescape = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** One CSV row in `HISTORY_CSV_COLUMNS` order; null is the empty cell. */
export function historyCsvCells(r: HistoryRow): string[] {
  return [r.claimId, String(r.seq), r.eventId, r.occurredAt, r.actorType, r.actorUserId ?? '', r.actorName, r.type, r.dataText, r.prevHash ?? '', r.hash].map(historyCsvEscape);
}

/** The export body: NDJSON lines or a CSV with its header, streamed as the rows arrive. */
export function historyExportStream(rows: AsyncIterable<HistoryRow>, format: HistoryExportFormat): Readable {
  if (format === 'ndjson') {
    return Readable.from(
      (async function* () {
        for await (const r of rows) yield `${historyNdjsonLine(r)}\n`;
      })(),
    );
  }
  const cells = Readable.from(
    (async function* () {
      for await (const r of rows) yield historyCsvCells(r);
    })(),
  );
  const csv = stringify({ header: true, columns: [...HISTORY_CSV_COLUMNS], bom: true });
  // pipe() does not pass a failed read on: the body must end in an error, not hang.
  cells.on('error', (err) => csv.destroy(err));
  return cells.pipe(csv);
}
