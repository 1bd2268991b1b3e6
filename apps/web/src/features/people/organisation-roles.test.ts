import type { MeResponse } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { canPickOrganisation, invitableRoles, inviteTargets } from './organisation-roles';

const VENDOR = { id: '00000000-0000-4000-8000-000000000001', name: 'Vendor', kind: 'VENDOR', status: 'ACTIVE' } as const;
const NORTHWIND = { id: '00000000-0000-4000-8000-000000000002', name: 'Northwind', kind: 'PARTNER', status: 'ACTIVE' } as const;
const FABRIKAM = { id: '00000000-0000-4000-8000-000000000003', name: 'Fabrikam' };

const programAdmin: Pick<MeResponse, 'allowedActions' | 'organisation'> = { organisation: VENDOR, allowedActions: ['users.manage', 'partners.manage'] };
const partnerAdmin: Pick<MeResponse, 'allowedActions' | 'organisation'> = { organisation: NORTHWIND, allowedActions: ['users.manage', 'claims.create'] };

describe('invitations', () => {
  it('lets a program admin invite into the vendor or any partner', () => {
    expect(canPickOrganisation(programAdmin)).toBe(true);
    const targets = inviteTargets(programAdmin, [FABRIKAM, { id: NORTHWIND.id, name: NORTHWIND.name }]);
    expect(targets.map((target) => [target.name, target.kind])).toEqual([
      ['Vendor', 'VENDOR'],
      ['Fabrikam', 'PARTNER'],
      ['Northwind', 'PARTNER'],
    ]);
  });

  it('lets a partner admin invite only into their own organisation, whatever partners are listed', () => {
    expect(canPickOrganisation(partnerAdmin)).toBe(false);
    expect(inviteTargets(partnerAdmin, [FABRIKAM])).toEqual([{ id: NORTHWIND.id, name: 'Northwind', kind: 'PARTNER' }]);
  });

  it('offers vendor roles in the vendor and partner roles in a partner', () => {
    const [vendor, partner] = inviteTargets(programAdmin, [FABRIKAM]);
    expect(invitableRoles(vendor)).toEqual(['REVIEWER', 'PROGRAM_ADMIN']);
    expect(invitableRoles(partner)).toEqual(['PARTNER_USER', 'PARTNER_ADMIN']);
  });

  it('offers no role before an organisation is chosen', () => {
    expect(invitableRoles(undefined)).toEqual([]);
  });
});
