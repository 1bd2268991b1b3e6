// Runs the integration tests again with their clock started years ahead, nine days before the EU's
// switch to summer time (last Sunday of March), so consent windows and deadlines cross it: a test
// that only passes on the day it was written fails here. ASSOCIA_TEST_EPOCH overrides the date.
import { spawnSync } from 'node:child_process';

const year = new Date().getUTCFullYear() + 5;
const lastSundayOfMarch = new Date(Date.UTC(year, 2, 31 - new Date(Date.UTC(year, 2, 31)).getUTCDay()));
const epoch = process.env.ASSOCIA_TEST_EPOCH ?? new Date(lastSundayOfMarch.getTime() - 9 * 86_400_000).toISOString();
console.log(`Integration tests from the moved epoch ${epoch}`);
const run = spawnSync('npx', ['vitest', 'run', '--project', 'integration'], { stdio: 'inherit', env: { ...process.env, ASSOCIA_TEST_EPOCH: epoch } });
process.exit(run.status ?? 1);
