import { HISTORY_CONTENT_TYPES } from '@associa/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type HistoryExportFormat, type HistoryRow, historyExportStream } from '../../../modules/history/history-format';

const Binary = z.string().meta({ format: 'binary' });

/** The OpenAPI description of a verifiable history download, in both formats. */
export const historyFileContent = {
  [HISTORY_CONTENT_TYPES.ndjson]: { schema: Binary },
  [HISTORY_CONTENT_TYPES.csv]: { schema: Binary },
};

/** Streams chained history rows as an NDJSON or CSV attachment named `<name>-<date>.<ext>`. */
export function sendHistoryExport(reply: FastifyReply, { rows, format, name, now }: { rows: AsyncIterable<HistoryRow>; format: HistoryExportFormat; name: string; now: Date }) {
  const type = format === 'csv' ? `${HISTORY_CONTENT_TYPES.csv}; charset=utf-8` : HISTORY_CONTENT_TYPES.ndjson;
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${name}-${now.toISOString().slice(0, 10)}.${format}"`)
    .send(historyExportStream(rows, format));
}
