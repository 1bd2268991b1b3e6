import { HISTORY_CANONICAL_FORM, HistoryExportQuerySchema } from '@associa/contracts';
import { forbidden } from '../../../lib/errors';
import { exportHistory } from '../../../modules/history/export-history';
import { historyScopeFor } from '../../../modules/history/history-scope';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';
import { historyFileContent, sendHistoryExport } from './send-history-export';

/** The verifiable history of many claims at once, for an auditor or a partner's own records. */
export const exportHistoryRoute: RouteModule = (app, { db, clock }) => {
  app.get(
    '/history/export',
    {
      schema: {
        operationId: 'exportHistory',
        tags: ['claims'],
        summary: 'Hash-chained claim history as NDJSON or CSV (vendor staff: every submitted claim; partner staff: their organisation\'s), streamed',
        description: `One record per event, by claim and seq, with its hashes; check a download with \`npm run cli -- verify-history <file>\`. ${HISTORY_CANONICAL_FORM}`,
        querystring: HistoryExportQuerySchema,
        response: { 200: { description: 'The records, one per line or row', content: historyFileContent }, ...commonErrors },
      },
    },
    async (request, reply) => {
      const scope = historyScopeFor(requireActor(request));
      if (!scope) throw forbidden('The history export is for partner and vendor staff.');
      const { format, ...filters } = request.query;
      return sendHistoryExport(reply, { rows: exportHistory({ db, scope, filters }), format, name: 'claim-history', now: clock.now() });
    },
  );
};
