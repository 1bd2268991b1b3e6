// PostgreSQL SQLSTATEs that mean "the database is not there right now", not "this query is wrong":
// class 08 (connection exception), 57P01-57P03 (shutdown, crash recovery, not accepting yet), 53300
// (too many connections).
const UNAVAILABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /the database system is (starting up|shutting down|in recovery mode)/i];

/** Whether an error means PostgreSQL could not be reached (a restart, a failover), so a retry later may work. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; errors?: unknown[]; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth += 1) {
    if (typeof e.code === 'string' && (UNAVAILABLE_STATES.has(e.code) || NETWORK_CODES.has(e.code))) return true;
    // A Unix socket whose server is down is a missing file (only when connecting: not a file store's ENOENT).
    if (e.code === 'ENOENT' && (e as { syscall?: unknown }).syscall === 'connect') return true;
    if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e!.message as string))) return true;
    if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x))) return true;
    e = e.cause as typeof e;
  }
  return false;
}
