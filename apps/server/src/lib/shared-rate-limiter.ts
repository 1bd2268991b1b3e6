import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** The table every limiter counts in (migration 0017), shared by all API processes. */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** What a limiter says about one attempt: allowed, or refused with how long until the next try. */
export type LimitOutcome = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number; consumed: number };

/** A counter per key in PostgreSQL: the same count whichever process answers. */
export type SharedLimiter = {
  /** Counts one attempt for the key (atomically, in its own statement) and says if it is within the limit. */
  consume(key: string, points?: number): Promise<LimitOutcome>;
  /** Gives points back (an attempt that turned out not to count, e.g. a successful sign-in). */
  reward(key: string, points?: number): Promise<void>;
  /** Forgets the key's count (a success ends a run of failures). */
  reset(key: string): Promise<void>;
  /** Refuses the key for `ms` from now, whatever its count. */
  block(key: string, ms: number): Promise<void>;
};

export type SharedLimiterOptions = {
  /** Distinguishes this limiter's keys from every other's in the one table; stable across processes. */
  name: string;
  points: number;
  windowMs: number;
  /** Once over the limit, refuse for this long (default: the rest of the window). */
  blockMs?: number;
};

// rate-limiter-flexible speaks to a pg-like client ({ text, values } -> { rows, rowCount }); this one
// runs its statements through Kysely on the process's pool, never inside a request's transaction.
function kyselyStoreClient(db: Kysely<any>) {
  return {
    query: async ({ text, values }: { text: string; values?: unknown[] }) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows, rowCount: result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : result.rows.length };
    },
  };
}

// Keys may carry e-mail addresses or link tokens: only their digest is stored.
const digest = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 32);

/** A limiter counting in PostgreSQL (rate-limiter-flexible's Postgres store on the shared table). */
export function createSharedLimiter(db: Kysely<any>, { name, points, windowMs, blockMs }: SharedLimiterOptions): SharedLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: kyselyStoreClient(db),
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    // Expired rows are deleted by `sweepExpiredLimits`, not by a timer per limiter.
    clearExpiredByTimeout: false,
    keyPrefix: name,
    points,
    duration: Math.max(1, Math.ceil(windowMs / 1000)),
    blockDuration: blockMs ? Math.ceil(blockMs / 1000) : 0,
  });
  return {
    async consume(key, n = 1) {
      try {
        const res = await limiter.consume(digest(key), n);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterMs: Math.max(err.msBeforeNext, 1000), consumed: err.consumedPoints };
        throw err;
      }
    },
    async reward(key, n = 1) {
      await limiter.reward(digest(key), n);
    },
    async reset(key) {
      await limiter.delete(digest(key));
    },
    async block(key, ms) {
      await limiter.block(digest(key), Math.ceil(ms / 1000));
    },
  };
}

/** Deletes counters that expired more than an hour ago; the API calls it now and then. */
export async function sweepExpiredLimits(db: Kysely<any>, now = Date.now()): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(`delete from ${RATE_LIMIT_TABLE} where expire < $1`, [now - 3_600_000]));
}
