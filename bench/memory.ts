// The product's one process (API + worker, exactly as `npm start` runs it: the compiled
// apps/server/dist/main.js with the script's node flags) on a database, driven by autocannon on a
// small read, the claim list and validation; reports its resident set (VmRSS) idle and at its peak
// (VmHWM) from /proc. Goal (issue 15): peak < 300 MB. Used by bench/run.ts (section `memory`), or alone:
//   npx tsx bench/memory.ts   (BENCH_DATABASE_URL=postgres://.../postgres to skip the embedded cluster)
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDataDir, startEmbeddedPostgres } from '../apps/server/src/db/embedded-postgres';
import { ensureDatabase } from '../apps/server/src/db/ensure-database';
import { deterministicUuid } from '../apps/server/src/lib/deterministic-uuid';
import { startProductChild } from './child';
import { type LoadResult, printTable, runLoad } from './load';
import { login, validateBody } from './sections';

const PARTNER = 'partner.admin@northwind.example';
const PASSWORD = 'associa-demo';

/** The figures of one run: MB as the kernel counts them, and the rows that drove it. */
export type ProductMemory = { idleMb: number; afterLoadMb: number; peakMb: number; goalMb: number; rows: LoadResult[] };

/** Runs the product's one process under load for about `seconds` and reports its memory. */
export async function measureProductMemory({ databaseUrl, seconds = 20, connections = 20 }: { databaseUrl: string; seconds?: number; connections?: number }): Promise<ProductMemory> {
  // Demo data once (the bench's database has it already); the demo password signs the partner in.
  const product = await startProductChild('start', { DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ASSOCIA_DEMO: '1', ASSOCIA_DEMO_PASSWORD: PASSWORD });
  try {
    const base = product.url;
    // Idle: started, migrated, worker polling, nothing asked yet.
    await new Promise((r) => setTimeout(r, 2000));
    const idleMb = product.rssMb().current;
    const s = await login(base, PARTNER, PASSWORD);
    const json = { ...s.headers, 'content-type': 'application/json' };
    const body = validateBody('Memory validate');
    const each = Math.max(1, Math.round(seconds / 3));
    const rows = [
      await runLoad('product: GET /api/v1/me', { url: `${base}/api/v1/me`, headers: s.headers }, { connections, seconds: each }),
      await runLoad('product: GET /api/v1/claims first page', { url: `${base}/api/v1/claims`, headers: s.headers }, { connections, seconds: each }),
      await runLoad('product: POST /api/v1/claims/validate', { url: `${base}/api/v1/claims/validate`, method: 'POST', headers: json, body }, { connections, seconds: each }),
    ];
    const rss = product.rssMb();
    return { idleMb, afterLoadMb: rss.current, peakMb: rss.peak, goalMb: 300, rows };
  } finally {
    await product.stop();
  }
}

/** One line for the bench's output. */
export function describeMemory(m: ProductMemory): string {
  const verdict = m.peakMb < m.goalMb ? 'within' : 'OVER';
  return `The product's process (API + worker, as npm start runs it): RSS ${m.idleMb} MB idle, ${m.afterLoadMb} MB after load, peak ${m.peakMb} MB (VmHWM), ${verdict} the ${m.goalMb} MB goal.`;
}

async function main() {
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopCluster = async () => undefined as unknown;
  const dir = adminUrl ? null : await makeTempDataDir('associa-memory-');
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: dir! });
    adminUrl = cluster.connectionString('postgres');
    stopCluster = cluster.stop;
  }
  try {
    const dbName = `associa_memory_${Date.now()}`;
    await ensureDatabase(adminUrl, dbName);
    const m = await measureProductMemory({ databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${dbName}`), seconds: Number(process.env.BENCH_SECONDS ?? 20), connections: Number(process.env.BENCH_CONCURRENCY ?? 20) });
    printTable('Load on the product process', m.rows);
    console.log(describeMemory(m));
  } finally {
    await stopCluster();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
