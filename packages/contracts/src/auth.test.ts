import { describe, expect, it } from 'vitest';
import { CreateApiTokenRequestSchema, LoginRequestSchema } from './auth';
import { MPN_ID_PATTERN } from './limits';

describe('contract schemas', () => {
  it('rejects unknown fields on login so typos are not silently ignored', () => {
    expect(LoginRequestSchema.safeParse({ email: 'a@b.example', password: 'x' }).success).toBe(true);
    expect(LoginRequestSchema.safeParse({ email: 'a@b.example', password: 'x', extra: 1 }).success).toBe(false);
    expect(LoginRequestSchema.safeParse({ email: 'nope', password: 'x' }).success).toBe(false);
  });

  it('defaults an API token to 90 days and caps it at a year', () => {
    expect(CreateApiTokenRequestSchema.parse({ name: 'ci' }).expiresInDays).toBe(90);
    expect(CreateApiTokenRequestSchema.safeParse({ name: 'ci', expiresInDays: 366 }).success).toBe(false);
    expect(CreateApiTokenRequestSchema.safeParse({ name: '   ' }).success).toBe(false);
  });

  it('accepts MPN IDs of 6 to 10 digits only', () => {
    for (const ok of ['123456', '1234567890']) expect(MPN_ID_PATTERN.test(ok)).toBe(true);
    for (const bad of ['12345', '12345678901', '12a456', ' 123456']) expect(MPN_ID_PATTERN.test(bad)).toBe(false);
  });
});
