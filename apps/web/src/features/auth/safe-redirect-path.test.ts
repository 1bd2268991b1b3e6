import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect-path';

describe('safeRedirectPath', () => {
  it('returns to a page inside the app with its query and hash', () => {
    expect(safeRedirectPath('/directory?q=contoso#top')).toBe('/directory?q=contoso#top');
  });

  it('refuses other origins, protocol-relative URLs and non-strings', () => {
    expect(safeRedirectPath('https://evil.example/')).toBe('/');
    expect(safeRedirectPath('//evil.example/')).toBe('/');
    expect(safeRedirectPath(undefined)).toBe('/');
    expect(safeRedirectPath({ pathname: '/tokens' })).toBe('/');
  });

  it('never sends a signed-in user back to the sign-in page', () => {
    expect(safeRedirectPath('/login')).toBe('/');
    expect(safeRedirectPath('/login?next=x')).toBe('/');
  });
});
