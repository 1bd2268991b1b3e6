import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret (256 bits, base64url) for session cookies, API tokens and links. */
export function generateSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** How secrets are stored: only their SHA-256, so a database leak reveals no usable secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time string comparison for CSRF tokens and the like. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
