import { Limits } from '@associa/contracts';

const DAY = 24 * 60 * 60 * 1000;

/** When a session used at `now` expires: idle timeout, capped by its absolute lifetime. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + Limits.sessionIdleDays * DAY;
  const absolute = createdAt.getTime() + Limits.sessionMaxDays * DAY;
  return new Date(Math.min(idle, absolute));
}

/** Sliding the expiry on every request would write on every read; once a minute is enough. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
