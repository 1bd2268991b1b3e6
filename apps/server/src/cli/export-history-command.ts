import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { HistoryExportQuerySchema } from '@associa/contracts';
import { Command } from 'commander';
import { exportHistory } from '../modules/history/export-history';
import { type HistoryRow, historyExportStream } from '../modules/history/history-format';
import { CliUsageError, exitWith, withDatabase } from './cli-context';

type Options = { output?: string; format?: string; status?: string; program?: string; from?: string; to?: string };

/** `export-history`: every claim's chained history straight from the database (the operator's, all claims). */
export const exportHistoryCommand = () =>
  new Command('export-history')
    .description('write the hash-chained claim history (all claims) as NDJSON or CSV, to a file or stdout')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--format <format>', 'ndjson | csv (default: from the file extension, else ndjson)')
    .option('--status <statuses>', "only claims now in these statuses, comma-separated (e.g. APPROVED,ACTIVE)")
    .option('--program <code>', 'only claims in this program')
    .option('--from <instant>', 'only events at or after this ISO 8601 instant')
    .option('--to <instant>', 'only events before this ISO 8601 instant')
    .addHelpText('after', '\nCheck the file later with: verify-history <file>')
    .action(
      exitWith(async (options: Options) => {
        const format = options.format ?? (options.output?.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
        const parsed = HistoryExportQuerySchema.safeParse({ format, status: options.status, program: options.program, from: options.from, to: options.to });
        if (!parsed.success) throw new CliUsageError(`export-history: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`);
        const { format: chosen, ...filters } = parsed.data;
        return withDatabase(async ({ db }) => {
          const counts = { events: 0, claims: new Set<string>() };
          const rows = (async function* (): AsyncGenerator<HistoryRow> {
            for await (const r of exportHistory({ db, scope: { kind: 'ALL' }, filters })) {
              counts.events += 1;
              counts.claims.add(r.claimId);
              yield r;
            }
          })();
          const body = historyExportStream(rows, chosen);
          if (options.output) await pipeline(body, createWriteStream(options.output));
          else await pipeline(body, process.stdout, { end: false });
          // The data may be on stdout: the summary goes to stderr.
          console.error(`Exported ${counts.events} events of ${counts.claims.size} claims${options.output ? ` to ${options.output}` : ''} (${chosen.toUpperCase()}).`);
          return 0;
        });
      }),
    );
