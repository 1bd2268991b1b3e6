import type { ApiToken } from '@associa/contracts';

/** Whether a token still works; revocation wins over expiry. */
export type TokenStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Derives a token's status from its timestamps, at `now`. */
export function tokenStatus(token: ApiToken, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'REVOKED';
  if (new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
