import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the flows drive: `CHROMIUM_PATH` when set, else Debian's package when installed,
 * else the headless build that `@sparticuz/chromium` ships inside its npm package (unpacked once
 * into the temp folder), so `npm install && npm test` needs nothing from outside the registry.
 */
export function chromiumExecutable(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH points to ${chosen}, which does not exist`);
    return chosen;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  // executablePath() is async and the config is read synchronously: unpack in a child process.
  const unpack = "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(await c.executablePath());";
  return execFileSync(process.execPath, ['--input-type=module', '-e', unpack], { cwd: import.meta.dirname, encoding: 'utf8' }).trim();
}
