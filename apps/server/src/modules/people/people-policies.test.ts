import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { adminRoleOf, assertRoleFitsOrganisation, canGrantRole, canManagePeople, canReachOrganisation } from './people-policies';

const actor = (role: Actor['role'], kind: Actor['organisationKind'], organisationId = 'own'): Actor => ({
  userId: 'u',
  email: 'e@x.example',
  name: 'N',
  role,
  locale: 'en',
  organisationId,
  organisationName: 'O',
  organisationKind: kind,
  organisationStatus: 'ACTIVE',
  via: 'session',
  csrfToken: 'c',
});

describe('people policies', () => {
  it('lets program admins and partner admins manage people, nobody else', () => {
    expect(canManagePeople(actor('PROGRAM_ADMIN', 'VENDOR'))).toBe(true);
    expect(canManagePeople(actor('PARTNER_ADMIN', 'PARTNER'))).toBe(true);
    expect(canManagePeople(actor('REVIEWER', 'VENDOR'))).toBe(false);
    expect(canManagePeople(actor('PARTNER_USER', 'PARTNER'))).toBe(false);
    expect(canManagePeople(actor('PROGRAM_ADMIN', 'PARTNER'))).toBe(false);
  });

  it('keeps a partner admin inside its own organisation', () => {
    const admin = actor('PARTNER_ADMIN', 'PARTNER');
    expect(canReachOrganisation(admin, 'own')).toBe(true);
    expect(canReachOrganisation(admin, 'other')).toBe(false);
    expect(canReachOrganisation(actor('PROGRAM_ADMIN', 'VENDOR'), 'other')).toBe(true);
  });

  it('lets a partner admin grant only partner roles in its own organisation', () => {
    const admin = actor('PARTNER_ADMIN', 'PARTNER');
    expect(canGrantRole(admin, 'PARTNER_USER', 'own')).toBe(true);
    expect(canGrantRole(admin, 'PARTNER_ADMIN', 'own')).toBe(true);
    expect(canGrantRole(admin, 'REVIEWER', 'own')).toBe(false);
    expect(canGrantRole(admin, 'PARTNER_USER', 'other')).toBe(false);
    expect(canGrantRole(actor('PROGRAM_ADMIN', 'VENDOR'), 'PARTNER_ADMIN', 'other')).toBe(true);
  });

  it('refuses a role that does not fit the organisation with a field code', () => {
    expect(() => assertRoleFitsOrganisation('PARTNER_USER', 'PARTNER')).not.toThrow();
    let error: unknown;
    try {
      assertRoleFitsOrganisation('REVIEWER', 'PARTNER');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([expect.objectContaining({ path: 'role', code: 'ROLE_NOT_FOR_ORGANISATION' })]);
  });

  it('names the admin role of each kind', () => {
    expect(adminRoleOf('VENDOR')).toBe('PROGRAM_ADMIN');
    expect(adminRoleOf('PARTNER')).toBe('PARTNER_ADMIN');
  });
});
