import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, for the default data folder and the built web app. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  ASSOCIA_DATA_DIR: z.string().min(1).optional(),
  // Unset means: demo data on the embedded PostgreSQL, none on DATABASE_URL.
  ASSOCIA_DEMO: z.enum(['0', '1', 'true', 'false', '']).optional().transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true')),
  ASSOCIA_DEMO_PASSWORD: z.string().min(8).default('associa-demo'),
  ASSOCIA_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  ASSOCIA_WEB_DIR: z.string().min(1).optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default('Associa <no-reply@associa.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  WORKER_STALE_SECONDS: z.coerce.number().int().min(3).max(3600).default(60),
  COOKIE_SECURE: booleanFlag,
  NODE_ENV: z.string().optional(),
});

/** Everything the processes read from the environment, parsed once at start. */
export type Config = {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  demo: boolean | undefined;
  demoPassword: string;
  embeddedPgPort: number;
  webDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  workerConcurrency: number;
  /** A worker process silent this long is taken for dead and its locked jobs are released. */
  workerStaleSeconds: number;
  cookieSecure: boolean;
};

/** Parses the environment; throws one message listing every bad variable so start fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: path.resolve(e.ASSOCIA_DATA_DIR ?? path.join(REPO_ROOT, '.associa')),
    demo: e.ASSOCIA_DEMO,
    demoPassword: e.ASSOCIA_DEMO_PASSWORD,
    embeddedPgPort: e.ASSOCIA_PG_PORT,
    webDir: path.resolve(e.ASSOCIA_WEB_DIR ?? path.join(REPO_ROOT, 'apps/web/dist')),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    workerConcurrency: e.WORKER_CONCURRENCY,
    workerStaleSeconds: e.WORKER_STALE_SECONDS,
    // Behind HTTPS the session cookie is Secure without a second switch to remember.
    cookieSecure: e.COOKIE_SECURE || (e.PUBLIC_URL?.startsWith('https:') ?? false),
  };
}
