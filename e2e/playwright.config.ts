import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './chromium-executable';
import { APP_PORT, MAIL_SINK_PORT, SMTP_PORT } from './e2e-ports';
import { E2E_DATA_DIR_PREFIX, removeStaleDataDirs } from './stale-data-dirs';

const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
const REPO_ROOT = path.resolve(import.meta.dirname, '..');

// Playwright loads this file again in each worker; the env var makes them all agree on one folder.
if (!process.env.ASSOCIA_E2E_DATA_DIR) {
  removeStaleDataDirs(tmpdir());
  const dataDir = mkdtempSync(path.join(tmpdir(), E2E_DATA_DIR_PREFIX));
  // mkdtemp makes it 0700; when run as root the embedded PostgreSQL runs as 'postgres' and must enter it.
  chmodSync(dataDir, 0o755);
  process.env.ASSOCIA_E2E_DATA_DIR = dataDir;
}
process.env.ASSOCIA_E2E_CHROMIUM ??= chromiumExecutable();

/** Runs the flows in headless Chromium (Debian's, or the npm registry's) against a real server with its own embedded PostgreSQL and demo data. */
export default defineConfig({
  testDir: './tests',
  // Files run two at a time against the one server (each creates its own data); tests in a file run in order.
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The longest flows take 55-80 s on a two-core machine with both workers busy; leave room on a slower CI host.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.ASSOCIA_E2E_CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      // First, so the app's first e-mail already has somewhere to go.
      command: `npx tsx ${JSON.stringify(path.join(REPO_ROOT, 'e2e/smtp-sink-server.ts'))}`,
      cwd: REPO_ROOT,
      url: `http://127.0.0.1:${MAIL_SINK_PORT}/messages`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // `npm start`'s own command line (the compiled server, built when stale), without npm in between.
      command: (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start,
      cwd: REPO_ROOT,
      url: `${BASE_URL}/api/v1/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        ASSOCIA_DATA_DIR: process.env.ASSOCIA_E2E_DATA_DIR,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        PUBLIC_URL: BASE_URL,
        // The webhooks spec's receiver listens on the loopback address, which is refused unless allowed.
        ASSOCIA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    },
  ],
});
