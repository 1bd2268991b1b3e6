import { Command, CommanderError } from 'commander';
import { createAdminCommand } from './cli/create-admin-command';
import { exportHistoryCommand } from './cli/export-history-command';
import { importCommand } from './cli/import-command';
import { migrateCommand } from './cli/migrate-command';
import { seedCommand } from './cli/seed-command';
import { serveCommand } from './cli/serve-command';
import { verifyHistoryCommand } from './cli/verify-history-command';
import { webhooksCommand } from './cli/webhooks-command';
import { workerCommand } from './cli/worker-command';

// One line per command; each lives in cli/<name>-command.ts and answers its `Command`.
const COMMANDS: (() => Command)[] = [serveCommand, workerCommand, migrateCommand, seedCommand, createAdminCommand, importCommand, exportHistoryCommand, verifyHistoryCommand, webhooksCommand];

/** The operator's command line (`npm run cli -- <command>`, `npx associa`): each role on its own, and one-off tasks. */
function buildCli(): Command {
  const program = new Command('associa')
    .description('Associa: customer association claims. Commands that use the database need DATABASE_URL.')
    .usage('<command> [options]')
    .addHelpText('after', '\nExit codes: 0 ok, 1 failure, 2 usage error. Each command has --help (e.g. associa import --help).');
  for (const command of COMMANDS) program.addCommand(command());
  // Commander exits by itself; here it throws instead, so usage errors become exit code 2.
  const override = (cmd: Command) => {
    cmd.exitOverride().showHelpAfterError('(add --help for usage)');
    for (const sub of cmd.commands) override(sub);
  };
  override(program);
  return program;
}

buildCli()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
    console.error((err as Error).message);
    process.exit(1);
  });
