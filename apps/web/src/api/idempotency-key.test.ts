import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { IdempotencyKeys, newIdempotencyKey } from './idempotency-key';

describe('IdempotencyKeys', () => {
  it('reuses the key when the same action is retried after a network error', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor({ body: 'hello' });
    keys.settle(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'down' }));
    expect(keys.keyFor({ body: 'hello' })).toBe(first);
  });

  it('takes a new key for a new body, and after a success or a refusal', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor({ body: 'hello' });
    expect(keys.keyFor({ body: 'hello!' })).not.toBe(first);
    const second = keys.keyFor({ body: 'x' });
    keys.settle();
    expect(keys.keyFor({ body: 'x' })).not.toBe(second);
    const third = keys.keyFor({ body: 'x' });
    keys.settle(new ApiError({ status: 422, code: 'CLAIM_INVALID', message: 'no' }));
    expect(keys.keyFor({ body: 'x' })).not.toBe(third);
  });

  it('makes version 4 UUIDs', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
