// The load generator: autocannon's programmatic API, in the bench process, against a server in
// another process. Every response time is kept, so p50/p95/p99 are exact, not histogram buckets.
import autocannon from 'autocannon';

/** One row's figures; `ratio` is req/s against the ceiling named in `ceiling`. */
export type LoadResult = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers outside 2xx (304 counts as success where `ok304` is set). */
  non2xx: number;
  statuses: Record<string, number>;
  ceiling?: string;
  ratio?: number;
  note?: string;
};

/** One request as autocannon sends it; `path` may depend on the request's number (each draft once). */
export type Target = { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; pathFor?: (i: number) => string };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

/** Runs one row: `connections` keep-alive clients back to back for `seconds`, or until `amount` requests. */
export async function runLoad(name: string, target: Target, { connections, seconds, amount, ok304 = false }: { connections: number; seconds: number; amount?: number; ok304?: boolean }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const base = new URL(target.url);
  // Without a callback autocannon answers its instance (an event emitter) made thenable.
  const instance = autocannon({
    url: base.origin,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 30,
    requests: [
      {
        method: target.method ?? 'GET',
        path: base.pathname + base.search,
        headers: target.headers,
        body: target.body,
        ...(target.pathFor ? { setupRequest: (req: autocannon.Request) => ({ ...req, path: target.pathFor!(next++) }) } : {}),
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const good = (s: number) => (s >= 200 && s < 300) || (ok304 && s === 304);
  const non2xx = Object.entries(statuses).reduce((n, [s, c]) => (good(Number(s)) ? n : n + c), 0);
  return {
    name,
    requests: latencies.length,
    rps: latencies.length / Math.max(result.duration, 0.001),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx,
    statuses,
    ...(non2xx ? { note: `statuses ${JSON.stringify(statuses)}` } : {}),
  };
}

/** Sets a row's ratio to a ceiling row measured in the same run. */
export function against(row: LoadResult, ceiling: LoadResult | undefined): LoadResult {
  if (ceiling && ceiling.rps > 0) Object.assign(row, { ceiling: ceiling.name, ratio: row.rps / ceiling.rps });
  return row;
}

/** Prints rows as one table. */
export function printTable(title: string, rows: LoadResult[]): void {
  const head = `${'row'.padEnd(62)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'err'.padStart(5)} ${'non2xx'.padStart(6)} ${'ratio'.padStart(6)}`;
  console.log(`\n${title}\n${head}\n${'-'.repeat(head.length)}`);
  for (const r of rows) {
    const ratio = r.ratio === undefined ? '' : `${(r.ratio * 100).toFixed(0)}%`;
    console.log(
      `${r.name.slice(0, 62).padEnd(62)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(6)} ${String(r.errors).padStart(5)} ${String(r.non2xx).padStart(6)} ${ratio.padStart(6)}${r.note ? `  ${r.note}` : ''}`,
    );
  }
  console.log('(latencies in ms; ratio = req/s against the ceiling: reads vs bare SELECT, writes vs bare INSERT)');
}
