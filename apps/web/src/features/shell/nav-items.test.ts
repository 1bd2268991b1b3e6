import { describe, expect, it } from 'vitest';
import { allowedNavItems } from './nav-items';

describe('allowedNavItems', () => {
  it('shows only the pages whose action the server allows, in menu order', () => {
    const paths = allowedNavItems(['tokens.manage', 'claims.read', 'locations.read']).map((item) => item.path);
    expect(paths).toEqual(['/claims', '/locations', '/tokens']);
  });

  it('shows nothing for a user without page actions', () => {
    expect(allowedNavItems(['claims.create'])).toEqual([]);
  });

  it('puts the review queue first, so it is the landing page of vendor staff', () => {
    expect(allowedNavItems(['claims.read', 'review.work'])[0]?.path).toBe('/review');
  });
});
