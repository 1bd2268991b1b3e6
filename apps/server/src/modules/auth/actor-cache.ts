/** How long a looked-up caller is reused at most, even if no change notice ever arrives. */
export const ACTOR_CACHE_TTL_MS = 2_000;
/** Callers kept at most; the oldest go first. */
export const ACTOR_CACHE_MAX = 10_000;

type Entry<T> = { value: T; validUntil: number; storedAt: number; bornAt: number };

/**
 * The callers (session cookies and API tokens, by their hash) resolved in the last moments, so a
 * request does not look its caller up again (issue 15: one query of every request). Only used
 * while `enabled`: the process is listening for the database's change notices on sessions, users,
 * organisations and API tokens (listen-for-actor-changes.ts), and each notice empties it. An entry
 * also ends at its session's or token's own expiry (by the app's clock) and after the TTL (by real
 * time), whichever comes first.
 */
export class ActorCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private live = false;
  private generation = 0;

  constructor(
    private readonly ttlMs = ACTOR_CACHE_TTL_MS,
    private readonly max = ACTOR_CACHE_MAX,
    private readonly realNow: () => number = () => performance.now(),
  ) {}

  /** Whether entries are kept and answered (the change notices are being heard). */
  get enabled(): boolean {
    return this.live;
  }

  /** Turns the cache on (listening) or off (not listening: every lookup goes to the database). */
  setEnabled(on: boolean): void {
    this.live = on;
    this.clear();
  }

  /** A marker to take before a lookup: `set` ignores a value read before the latest `clear`. */
  mark(): number {
    return this.generation;
  }

  /** The cached value for `key` at app time `nowMs`, if still valid. */
  get(key: string, nowMs: number): T | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const real = this.realNow();
    if (nowMs >= entry.validUntil || nowMs < entry.storedAt || real - entry.bornAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /**
   * Keeps `value` until app time `validUntilMs` (the session's or token's expiry), if nothing was
   * cleared since `mark` was taken (a lookup that raced a change must not outlive it).
   */
  set(key: string, value: T, { nowMs, validUntilMs, mark }: { nowMs: number; validUntilMs: number; mark: number }): void {
    if (!this.live || mark !== this.generation) return;
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.delete(key);
    this.entries.set(key, { value, validUntil: validUntilMs, storedAt: nowMs, bornAt: this.realNow() });
  }

  /** Forgets everything: who may do what has changed somewhere. */
  clear(): void {
    this.entries.clear();
    this.generation++;
  }

  /** How many callers are kept now. */
  get size(): number {
    return this.entries.size;
  }
}
