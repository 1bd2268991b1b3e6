import { describe, expect, it } from 'vitest';
import { allowedNavItems } from './nav-items';

describe('allowedNavItems', () => {
  it('shows only the pages whose action the server allows, in menu order', () => {
    const paths = allowedNavItems(['tokens.manage', 'claims.read', 'locations.read', 'users.manage']).map((item) => item.path);
    expect(paths).toEqual(['/claims', '/associations', '/locations', '/users', '/tokens']);
  });

  it('offers the program settings and the imports only to users who manage the catalogue', () => {
    expect(allowedNavItems(['claims.read', 'review.work']).map((item) => item.path)).not.toContain('/admin/programs');
    expect(allowedNavItems(['catalog.manage']).map((item) => item.path)).toEqual(['/admin/programs', '/admin/imports']);
  });

  it('offers partners and the audit log by their own actions', () => {
    expect(allowedNavItems(['partners.manage', 'audit.read']).map((item) => item.path)).toEqual(['/partners', '/admin/audit']);
  });

  it('shows nothing for a user without page actions', () => {
    expect(allowedNavItems(['claims.create'])).toEqual([]);
  });

  it('puts the review queue first, so it is the landing page of vendor staff', () => {
    expect(allowedNavItems(['claims.read', 'review.work'])[0]?.path).toBe('/review');
  });
});
