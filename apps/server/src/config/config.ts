import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, for the default data folder and the built web app; from src/config/ or the compiled apps/server/dist/. */
export const REPO_ROOT = path.resolve(here, path.basename(here) === 'dist' ? '../../..' : '../../../..');

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
  // Proxies in front of the API whose X-Forwarded-For is believed (see trust-proxy.ts).
  ASSOCIA_TRUST_PROXY: z.string().optional().transform((v, ctx) => {
    const parsed = parseTrustProxy(v);
    if (typeof parsed === 'object' && !Array.isArray(parsed)) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  }),
  // Failed sign-ins one client address may make in the login window before it must wait.
  ASSOCIA_LOGIN_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(50),
  // Hosts (names or addresses, comma-separated) webhooks may reach over http or on private addresses.
  ASSOCIA_WEBHOOK_ALLOWED_HOSTS: z.string().default('').transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
  // Where proof-of-execution bytes are kept: in PostgreSQL (default), a folder, or an S3-compatible bucket.
  ASSOCIA_DOCUMENT_STORE: z.enum(['database', 'folder', 's3']).default('database'),
  ASSOCIA_DOCUMENT_DIR: z.string().min(1).optional(),
  ASSOCIA_S3_BUCKET: z.string().min(3).max(63).optional(),
  ASSOCIA_S3_REGION: z.string().min(1).default('us-east-1'),
  ASSOCIA_S3_ENDPOINT: z.url().optional(),
  ASSOCIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ASSOCIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ASSOCIA_S3_FORCE_PATH_STYLE: booleanFlag,
  ASSOCIA_S3_PREFIX: z.string().max(200).default(''),
  NODE_ENV: z.string().optional(),
}).refine((e) => e.ASSOCIA_DOCUMENT_STORE !== 's3' || !!e.ASSOCIA_S3_BUCKET, { path: ['ASSOCIA_S3_BUCKET'], message: 'ASSOCIA_DOCUMENT_STORE=s3 needs the bucket name' });

/** Where proof-of-execution bytes are kept (`ASSOCIA_DOCUMENT_STORE` and its companions). */
export type DocumentStoreConfig =
  | { kind: 'database' }
  | { kind: 'folder'; dir: string }
  | { kind: 's3'; bucket: string; region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean; prefix: string };

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
  /** Fastify's trustProxy: which proxies' X-Forwarded-For gives `request.ip` (per-address limits). */
  trustProxy: TrustProxy;
  /** Failed sign-ins per client address per login window (password spraying across accounts). */
  loginFailuresPerIp: number;
  /** Webhook hosts exempt from the https and public-address rules (a receiver on the same network, tests). */
  webhookAllowedHosts: string[];
  /** One webhook attempt's time limit (the API's WebhookLimits.timeoutMs; shorter only in tests). */
  webhookTimeoutMs: number;
  /** Where proof-of-execution bytes go (`modules/documents/document-store.ts`). */
  documentStore: DocumentStoreConfig;
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
    trustProxy: e.ASSOCIA_TRUST_PROXY,
    loginFailuresPerIp: e.ASSOCIA_LOGIN_FAILURES_PER_IP,
    webhookAllowedHosts: e.ASSOCIA_WEBHOOK_ALLOWED_HOSTS,
    webhookTimeoutMs: 10_000,
    documentStore: documentStoreConfig(e, path.resolve(e.ASSOCIA_DATA_DIR ?? path.join(REPO_ROOT, '.associa'))),
  };
}

function documentStoreConfig(e: z.infer<typeof EnvSchema>, dataDir: string): DocumentStoreConfig {
  if (e.ASSOCIA_DOCUMENT_STORE === 'folder') return { kind: 'folder', dir: path.resolve(e.ASSOCIA_DOCUMENT_DIR ?? path.join(dataDir, 'documents')) };
  if (e.ASSOCIA_DOCUMENT_STORE === 's3') {
    return {
      kind: 's3',
      bucket: e.ASSOCIA_S3_BUCKET!,
      region: e.ASSOCIA_S3_REGION,
      endpoint: e.ASSOCIA_S3_ENDPOINT,
      accessKeyId: e.ASSOCIA_S3_ACCESS_KEY_ID,
      secretAccessKey: e.ASSOCIA_S3_SECRET_ACCESS_KEY,
      forcePathStyle: e.ASSOCIA_S3_FORCE_PATH_STYLE,
      prefix: e.ASSOCIA_S3_PREFIX,
    };
  }
  return { kind: 'database' };
}
