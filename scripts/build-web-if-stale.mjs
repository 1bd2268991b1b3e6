// Builds the web UI before `npm start` and the browser tests, but only when a source file is newer
// than the last build, so a second start takes seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'apps/web/dist/index.html');
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/package.json', 'packages/contracts/src'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), s.mtimeMs);
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (builtAt > changedAt) process.exit(0);
console.log(builtAt ? 'Web UI sources changed: rebuilding ...' : 'Building the web UI (first start) ...');
const result = spawnSync('npm', ['run', 'build', '-w', '@associa/web'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
