import type { ApiToken } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { tokenStatus } from './token-status';

const now = new Date('2026-06-01T12:00:00Z');
const token: ApiToken = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'CI',
  prefix: 'assoc_ab',
  userId: '00000000-0000-4000-8000-000000000002',
  userEmail: 'partner.admin@northwind.example',
  createdAt: '2026-05-01T12:00:00Z',
  expiresAt: '2026-07-01T12:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

describe('tokenStatus', () => {
  it('calls a token active until it expires', () => {
    expect(tokenStatus(token, now)).toBe('ACTIVE');
    expect(tokenStatus({ ...token, expiresAt: '2026-06-01T12:00:00Z' }, now)).toBe('EXPIRED');
  });

  it('calls a revoked token revoked even after it expired', () => {
    expect(tokenStatus({ ...token, revokedAt: '2026-05-02T00:00:00Z', expiresAt: '2026-05-03T00:00:00Z' }, now)).toBe('REVOKED');
  });
});
