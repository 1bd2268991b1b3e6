import { ApiError } from './api-error';

/** A fresh random key for one user action; `crypto.randomUUID` exists only in secure contexts, hence the fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keys for one kind of action (create, submit, comment): the same body asked again after a network
 * error or 5xx reuses its key, so the server does it once; a new body or a settled answer gets a new key.
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | null = null;

  /** The key to send with this body. */
  keyFor(body: unknown): string {
    const json = JSON.stringify(body ?? null);
    if (this.last?.body !== json) this.last = { body: json, key: newIdempotencyKey() };
    return this.last.key;
  }

  /** Call with the outcome: a success or a definite refusal (4xx) ends the action; anything else may be retried. */
  settle(error?: unknown): void {
    if (error === undefined || (error instanceof ApiError && error.status >= 400 && error.status < 500)) this.last = null;
  }
}
