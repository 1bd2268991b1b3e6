// Proves the suite's exit code tells the truth: vitest, with the integration project's real global
// setup (the embedded PostgreSQL), must exit 0 on a passing test and non-zero on a failing one. An
// exit hook in that setup once turned every failing run into exit 0; CI runs this after the suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'associa-suite-guard-'));
const globalSetup = path.join(root, 'apps/server/test/setup/global-setup.ts');

writeFileSync(path.join(dir, 'passes.int.test.ts'), "test('passes', () => expect(1).toBe(1));\n");
writeFileSync(path.join(dir, 'fails.int.test.ts'), "test('fails on purpose', () => expect(1).toBe(2));\n");
const config = (files) => {
  const file = path.join(dir, `vitest.${files.length}.config.mjs`);
  const test = { root: dir, include: files, globals: true, globalSetup: [globalSetup], hookTimeout: 120_000, pool: 'forks' };
  writeFileSync(file, `export default { test: ${JSON.stringify(test)} };\n`);
  return file;
};
const run = (files) => spawnSync('npx', ['vitest', 'run', '--config', config(files)], { cwd: root, encoding: 'utf8' });

try {
  const passing = run(['passes.int.test.ts']);
  const failing = run(['passes.int.test.ts', 'fails.int.test.ts']);
  if (passing.status !== 0) {
    console.error(`suite guard: a passing run exited ${passing.status}, expected 0\n${passing.stdout}${passing.stderr}`);
    process.exit(1);
  }
  if (failing.status === 0 || !/1 failed/.test(failing.stdout)) {
    console.error(`suite guard: a run with a failing test exited ${failing.status}, expected non-zero\n${failing.stdout}${failing.stderr}`);
    process.exit(1);
  }
  console.log(`suite guard: a passing run exits 0, a failing one exits ${failing.status}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
