import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import { HistoryFileError, readHistoryFile } from '../modules/history/read-history-file';
import { createHistoryVerifier } from '../modules/history/verify-history';
import { CliUsageError, exitWith } from './cli-context';

/** `verify-history <file>`: checks a downloaded history export offline; names the first broken link. */
export const verifyHistoryCommand = () =>
  new Command('verify-history')
    .description('check a history export (NDJSON or CSV): every hash and every link; exits 1 at the first broken link')
    .argument('<file>', 'a file from GET /api/v1/history/export, GET /api/v1/claims/{id}/history?format=ndjson|csv or export-history')
    .option('--complete', "also require every claim's history to start at its first event (an export without --from)")
    .action(
      exitWith(async (file: string, options: { complete?: boolean }) => {
        if (!(await stat(file).catch(() => null))?.isFile()) throw new CliUsageError(`No such file: ${file}`);
        const verifier = createHistoryVerifier({ requireComplete: options.complete ?? false });
        try {
          for await (const record of readHistoryFile(file)) if (verifier.add(record)) break;
        } catch (err) {
          if (!(err instanceof HistoryFileError)) throw err;
          console.error(`${file} is not a history export: ${err.message}`);
          return 1;
        }
        const { events, claims, partialClaims, broken } = verifier.result();
        if (broken) {
          console.error(`History BROKEN at line ${broken.line}: claim ${broken.claimId}, event seq ${broken.seq} (id ${broken.eventId}), ${broken.kind}: ${broken.message}.`);
          return 1;
        }
        console.log(`History intact: ${events} events of ${claims} claims, every hash and link checked.`);
        if (partialClaims.length) {
          console.log(
            `${partialClaims.length} claims start after their first event (the export began at a date): the link to their earlier events was not checked (--complete refuses this).`,
          );
        }
        return 0;
      }),
    );
