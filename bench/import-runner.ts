import { spawn } from 'node:child_process';
import path from 'node:path';

/** What the import bench measured, in its own process. */
export type ImportBench = {
  rows: number;
  bytes: number;
  rawS: number;
  receivedS: number;
  importS: number;
  rerunS: number;
  outcome: { status: string; rowsRead: number; inserted: number; updated: number; unchanged: number; rejected: number; seconds: { copy: number; check: number; merge: number } };
  rerun: { unchanged: number; seconds: { copy: number; check: number; merge: number } };
  peakRssMb: number;
  maxRssMb: number;
};

/** Runs bench/import-usage.ts in a child process against `databaseUrl` and reads its figures. */
export async function measureImport(databaseUrl: string): Promise<ImportBench> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'import-usage.ts')], { env: { ...process.env, BENCH_IMPORT_DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the import bench exited ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as ImportBench;
}

/** The import figures as the bench prints them. */
export function describeImport(r: ImportBench): string {
  const rate = (s: number) => Math.round(r.rows / s).toLocaleString('en');
  return [
    `Usage import: ${r.rows.toLocaleString('en')} rows (${(r.bytes / 1024 / 1024).toFixed(0)} MB CSV) -> ${r.outcome.status}, ${r.outcome.inserted} inserted, ${r.outcome.rejected} rejected.`,
    `  raw COPY of the same file into a bare text table: ${r.rawS.toFixed(1)}s (${rate(r.rawS)} rows/s)`,
    `  import (upload into chunks ${r.receivedS.toFixed(1)}s, then COPY ${r.outcome.seconds.copy}s, checks ${r.outcome.seconds.check}s, merge ${r.outcome.seconds.merge}s): ${r.importS.toFixed(1)}s (${rate(r.importS)} rows/s, ${((r.rawS / r.importS) * 100).toFixed(0)}% of raw COPY)`,
    `  the same file again (all ${r.rerun.unchanged} unchanged): ${r.rerunS.toFixed(1)}s (COPY ${r.rerun.seconds.copy}s, checks ${r.rerun.seconds.check}s, merge ${r.rerun.seconds.merge}s); peak RSS of the importing process ${r.peakRssMb} MB (max RSS ${r.maxRssMb} MB)`,
  ].join('\n');
}
