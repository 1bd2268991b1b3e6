import { Command } from 'commander';
import { systemClock } from '../lib/clock';
import { createProgramAdmin } from '../modules/users/create-program-admin';
import { CliUsageError, exitWith, withDatabase } from './cli-context';

/** `create-admin`: the first program admin of a fresh installation (or another one), by invitation link. */
export const createAdminCommand = () =>
  new Command('create-admin')
    .description('invite a program admin into the vendor organisation (made if missing, named by --organisation) and print a one-time sign-in link')
    .option('--email <address>', "the admin's e-mail address")
    .option('--name <name>', "the admin's name")
    .option('--organisation <name>', 'the vendor organisation, when it does not exist yet')
    .action(
      exitWith(async (options: { email?: string; name?: string; organisation?: string }) => {
        const { email, name, organisation } = options;
        if (!email || !name) throw new CliUsageError('create-admin needs --email and --name (the password is chosen on the link it prints)');
        return withDatabase(async ({ db, config }) => {
          const invited = await createProgramAdmin({ db, clock: systemClock, config, input: { email, name, organisation } });
          console.log(
            `Program admin ${invited.email} invited. Open this link to choose a password and sign in (it works once, until ${invited.expiresAt.toISOString()}):\n\n  ${invited.url}\n`,
          );
          return 0;
        });
      }),
    );
