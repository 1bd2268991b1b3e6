import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('security headers', () => {
  it('sends a strict policy on every answer: no foreign or inline script, never framed, no sniffing, no referrer, HSTS behind HTTPS', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nope', '/some/page']) {
      const res = await t.anonymous.request('GET', path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      // The test app's PUBLIC_URL is https://associa.test.
      expect(res.headers.get('strict-transport-security')).toContain('max-age=31536000');
    }
  });

  it('marks the session cookie Secure when the public address is HTTPS', async () => {
    const res = await t.anonymous.request('POST', '/api/v1/auth/login', { email: 'reviewer@vendor.example', password: 'associa-demo' });
    expect(res.headers.getSetCookie().join(';')).toMatch(/associa_session=[^;]+;.*Secure/);
  });
});
