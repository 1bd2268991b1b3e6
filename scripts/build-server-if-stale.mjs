// Compiles the server (apps/server/src and the workspace packages it imports) into apps/server/dist
// with esbuild before `npm start`, `npm run api|worker|cli` and the bench, but only when a source
// is newer than the last build. The product runs the compiled JavaScript (`node
// --enable-source-maps apps/server/dist/main.js`): no TypeScript compiler in the running process,
// which keeps its memory down (issue 15). npm packages stay external, resolved from node_modules.
// Run with --force to build regardless; imported by bench/memory.ts for the same entry points.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The compiled server; main.js (`npm start`) and cli.js (`npm run cli`, api, worker) are its entry points. */
export const SERVER_DIST = path.join(root, 'apps/server/dist');
const stamp = path.join(SERVER_DIST, '.built');
const sources = ['apps/server/src', 'apps/server/package.json', 'packages/contracts/src', 'packages/contracts/package.json', 'scripts/build-server-if-stale.mjs'];
// Workspace packages are TypeScript sources (their package.json points at src/index.ts): bundled, not external.
const WORKSPACE = { '@associa/contracts': path.join(root, 'packages/contracts/src/index.ts') };

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), s.mtimeMs);
}

/** Whether apps/server/dist is missing or older than one of its sources. */
export function serverBuildIsStale() {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  return builtAt <= Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
}

/** Builds into a fresh folder beside dist, then swaps it in, so a concurrent start never sees half a build. */
export async function buildServer() {
  const { build } = await import('esbuild');
  const tmp = `${SERVER_DIST}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build({
      absWorkingDir: root,
      entryPoints: { main: 'apps/server/src/main.ts', cli: 'apps/server/src/cli.ts' },
      outdir: tmp,
      bundle: true,
      // Shared code in chunks, and `await import()` stays lazy: `cli migrate` does not load the API.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      // Every npm package from node_modules as at run time; only the workspace's own sources are bundled.
      packages: 'external',
      alias: WORKSPACE,
      sourcemap: 'linked',
      sourcesContent: false,
      keepNames: true,
      // Chunks stay in dist itself: config.ts finds the repository root from its own file's folder.
      chunkNames: '[name]-[hash]',
      logLevel: 'warning',
    });
    writeFileSync(path.join(tmp, '.built'), `${new Date().toISOString()}\n`);
    rmSync(SERVER_DIST, { recursive: true, force: true });
    try {
      renameSync(tmp, SERVER_DIST);
    } catch (err) {
      // Another start built it at the same moment: theirs is as fresh as ours.
      if (!existsSync(stamp)) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force') || serverBuildIsStale()) {
    const t0 = performance.now();
    await buildServer();
    console.log(`Compiled the server into apps/server/dist in ${((performance.now() - t0) / 1000).toFixed(1)}s.`);
  }
}
