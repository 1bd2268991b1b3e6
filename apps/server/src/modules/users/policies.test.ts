import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { allowedActionsFor, canManageApiTokens, canManagePartners, canReadAuditLog, canReadDirectory, canReadLocations, isSuspendedPartner } from './policies';

const actor = (role: Actor['role'], kind: Actor['organisationKind'], status: Actor['organisationStatus'] = 'ACTIVE'): Actor => ({
  userId: 'u',
  email: 'e@x.example',
  name: 'N',
  role,
  locale: 'en',
  organisationId: 'o',
  organisationName: 'O',
  organisationKind: kind,
  organisationStatus: status,
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
    expect(allowedActionsFor(actor('PARTNER_USER', 'PARTNER'))).toEqual(['claims.read', 'locations.read', 'usage.read']);
    expect(allowedActionsFor(actor('PARTNER_ADMIN', 'PARTNER'))).toContain('claims.create');
    expect(allowedActionsFor(actor('REVIEWER', 'VENDOR'))).not.toContain('claims.create');
  });

  it('lets only program admins of the vendor manage partners and read the audit log', () => {
    expect(canManagePartners(actor('PROGRAM_ADMIN', 'VENDOR'))).toBe(true);
    expect(canReadAuditLog(actor('PROGRAM_ADMIN', 'VENDOR'))).toBe(true);
    for (const [role, kind] of [['REVIEWER', 'VENDOR'], ['PARTNER_ADMIN', 'PARTNER'], ['PARTNER_USER', 'PARTNER'], ['PROGRAM_ADMIN', 'PARTNER']] as const) {
      expect(canManagePartners(actor(role, kind))).toBe(false);
      expect(canReadAuditLog(actor(role, kind))).toBe(false);
      expect(allowedActionsFor(actor(role, kind))).not.toContain('partners.manage');
    }
    expect(allowedActionsFor(actor('PROGRAM_ADMIN', 'VENDOR'))).toEqual(expect.arrayContaining(['partners.manage', 'audit.read']));
  });

  it('takes claim creation from a suspended partner admin and keeps reading', () => {
    const suspended = actor('PARTNER_ADMIN', 'PARTNER', 'SUSPENDED');
    expect(isSuspendedPartner(suspended)).toBe(true);
    expect(allowedActionsFor(suspended)).not.toContain('claims.create');
    expect(allowedActionsFor(suspended)).toEqual(expect.arrayContaining(['claims.read', 'locations.read', 'users.manage', 'tokens.manage']));
    expect(isSuspendedPartner(actor('PARTNER_ADMIN', 'PARTNER'))).toBe(false);
  });

  it('offers usage to partner and vendor staff, its access log to partner admins and vendor staff, and the dashboard to vendor staff', () => {
    expect(allowedActionsFor(actor('PARTNER_USER', 'PARTNER'))).not.toContain('usage.accessLog');
    expect(allowedActionsFor(actor('PARTNER_ADMIN', 'PARTNER'))).toEqual(expect.arrayContaining(['usage.read', 'usage.accessLog']));
    expect(allowedActionsFor(actor('PARTNER_ADMIN', 'PARTNER'))).not.toContain('usage.dashboard');
    for (const role of ['REVIEWER', 'PROGRAM_ADMIN'] as const) expect(allowedActionsFor(actor(role, 'VENDOR'))).toEqual(expect.arrayContaining(['usage.read', 'usage.accessLog', 'usage.dashboard']));
  });

  it('offers the webhooks page to partner admins and the vendor program admins only', () => {
    expect(allowedActionsFor(actor('PARTNER_ADMIN', 'PARTNER'))).toContain('webhooks.manage');
    expect(allowedActionsFor(actor('PROGRAM_ADMIN', 'VENDOR'))).toContain('webhooks.manage');
    for (const [role, kind] of [['PARTNER_USER', 'PARTNER'], ['REVIEWER', 'VENDOR'], ['PROGRAM_ADMIN', 'PARTNER']] as const) {
      expect(allowedActionsFor(actor(role, kind))).not.toContain('webhooks.manage');
    }
  });
});
