// A small closed-loop load generator: `concurrency` workers send requests back to back for a while
// (or until `total` requests), and every latency is kept so p50/p95/p99 are exact.

/** One scenario's figures. */
export type LoadResult = { name: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

/** Runs `send(i)` (one request, answering its status) under load and measures it. */
export async function runLoad(
  name: string,
  send: (i: number) => Promise<number>,
  { concurrency = 20, durationMs = 5000, total = Infinity, ok = (s: number) => s >= 200 && s < 300 }: { concurrency?: number; durationMs?: number; total?: number; ok?: (status: number) => boolean } = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && next < total) {
      const i = next++;
      const t0 = performance.now();
      let status = 0;
      try {
        status = await send(i);
      } catch {
        status = 0;
      }
      latencies.push(performance.now() - t0);
      if (!ok(status)) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, requests: latencies.length, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors };
}

/** Prints the results as one table. */
export function printTable(rows: LoadResult[]): void {
  const head = `${'scenario'.padEnd(58)} ${'requests'.padStart(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(58)} ${String(r.requests).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`,
    );
  }
}
