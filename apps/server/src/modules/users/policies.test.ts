import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { allowedActionsFor, canManageApiTokens, canReadDirectory, canReadLocations } from './policies';

const actor = (role: Actor['role'], kind: Actor['organisationKind']): Actor => ({
  userId: 'u',
  email: 'e@x.example',
  name: 'N',
  role,
  locale: 'en',
  organisationId: 'o',
  organisationName: 'O',
  organisationKind: kind,
  via: 'session',
  csrfToken: 'c',
});

describe('policies', () => {
  it('lets only vendor staff read the customer directory', () => {
    expect(canReadDirectory(actor('REVIEWER', 'VENDOR'))).toBe(true);
    expect(canReadDirectory(actor('PROGRAM_ADMIN', 'VENDOR'))).toBe(true);
    expect(canReadDirectory(actor('PARTNER_ADMIN', 'PARTNER'))).toBe(false);
    expect(canReadDirectory(actor('PARTNER_USER', 'PARTNER'))).toBe(false);
  });

  it('does not trust a vendor role in a partner organisation', () => {
    expect(canReadDirectory(actor('REVIEWER', 'PARTNER'))).toBe(false);
    expect(allowedActionsFor(actor('PROGRAM_ADMIN', 'PARTNER'))).not.toContain('directory.read');
  });

  it('lets administrators, not users or reviewers, manage API tokens', () => {
    expect(canManageApiTokens(actor('PARTNER_ADMIN', 'PARTNER'))).toBe(true);
    expect(canManageApiTokens(actor('PROGRAM_ADMIN', 'VENDOR'))).toBe(true);
    expect(canManageApiTokens(actor('PARTNER_USER', 'PARTNER'))).toBe(false);
    expect(canManageApiTokens(actor('REVIEWER', 'VENDOR'))).toBe(false);
  });

  it('gives partner staff locations and claims, and only admins claim creation', () => {
    expect(canReadLocations(actor('PARTNER_USER', 'PARTNER'))).toBe(true);
    expect(allowedActionsFor(actor('PARTNER_USER', 'PARTNER'))).toEqual(['claims.read', 'locations.read']);
    expect(allowedActionsFor(actor('PARTNER_ADMIN', 'PARTNER'))).toContain('claims.create');
    expect(allowedActionsFor(actor('REVIEWER', 'VENDOR'))).not.toContain('claims.create');
  });
});
