import { Limits } from '@associa/contracts';
import type { Kysely } from 'kysely';
import { AppError } from '../../lib/errors';
import { createSharedLimiter } from '../../lib/shared-rate-limiter';

const WINDOW_MS = Limits.loginWindowMinutes * 60 * 1000;
// The first lockout of an address lasts this long; each further one within a day doubles it.
const FIRST_LOCKOUT_MS = 15 * 60 * 1000;
const MAX_LOCKOUT_MS = 24 * 60 * 60 * 1000;

/** Counts sign-in attempts per e-mail address and per client address, in PostgreSQL. */
export type LoginThrottle = {
  /** Counts one attempt before the password is checked; throws 429 when the address or the client must wait. */
  begin(attempt: { email: string; ip: string }): Promise<void>;
  /** The password was right: the address's run of failures ends and the client's attempt does not count. */
  succeeded(attempt: { email: string; ip: string }): Promise<void>;
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** 429 LOGIN_LOCKED: the same words whether or not an account uses the address. */
const locked = (ms: number) =>
  new AppError(429, 'LOGIN_LOCKED', `Too many failed sign-in attempts for this e-mail address. Try again in ${seconds(ms)} seconds.`, [], { 'retry-after': String(seconds(ms)) });

/** 429 RATE_LIMITED for the client address (password spraying across many accounts). */
const throttled = (ms: number) =>
  new AppError(429, 'RATE_LIMITED', `Too many failed sign-in attempts from your network. Try again in ${seconds(ms)} seconds.`, [], { 'retry-after': String(seconds(ms)) });

/**
 * The sign-in limits, shared by every API process: `Limits.loginAttemptsPerWindow` failures for one
 * e-mail address (known or not) lock it, 15 minutes the first time and twice as long each time
 * again within a day; `failuresPerIp` failures from one client address make it wait the window out.
 * Every attempt counts before the password is checked (parallel guesses cannot slip through) and a
 * success gives its point back.
 */
export function createLoginThrottle(db: Kysely<any>, { failuresPerIp }: { failuresPerIp: number }): LoginThrottle {
  const perAccount = createSharedLimiter(db, { name: 'login-account', points: Limits.loginAttemptsPerWindow, windowMs: WINDOW_MS, blockMs: FIRST_LOCKOUT_MS });
  const lockouts = createSharedLimiter(db, { name: 'login-lockouts', points: 1_000_000, windowMs: MAX_LOCKOUT_MS });
  const perIp = createSharedLimiter(db, { name: 'login-ip', points: failuresPerIp, windowMs: WINDOW_MS, blockMs: WINDOW_MS });
  return {
    async begin({ email, ip }) {
      const client = await perIp.consume(ip);
      if (!client.allowed) throw throttled(client.retryAfterMs);
      const account = await perAccount.consume(email);
      if (account.allowed) return;
      // The attempt that crosses the limit starts a lockout, longer for each one in the last day.
      if (account.consumed === Limits.loginAttemptsPerWindow + 1) {
        const { remaining } = await lockouts.consume(email).then((o) => (o.allowed ? o : { remaining: 0 }));
        const count = 1_000_000 - remaining;
        const ms = Math.min(FIRST_LOCKOUT_MS * 2 ** (count - 1), MAX_LOCKOUT_MS);
        if (count > 1) await perAccount.block(email, ms);
        throw locked(ms);
      }
      throw locked(account.retryAfterMs);
    },
    async succeeded({ email, ip }) {
      await Promise.all([perAccount.reset(email), perIp.reward(ip)]);
    },
  };
}
