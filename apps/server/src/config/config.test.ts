import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_ROOT } from './config';

describe('configuration', () => {
  it('defaults to port 3000 on loopback with the data folder in the repository', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe(path.join(REPO_ROOT, '.associa'));
    expect(c.databaseUrl).toBeUndefined();
    // Unset: the embedded PostgreSQL gets demo data, a DATABASE_URL does not (main.ts decides).
    expect(c.demo).toBeUndefined();
    expect(loadConfig({ ASSOCIA_DEMO: '0' }).demo).toBe(false);
    expect(c.demoPassword).toBe('associa-demo');
  });

  it('reads overrides', () => {
    const c = loadConfig({ PORT: '8080', HOST: '0.0.0.0', ASSOCIA_DATA_DIR: '/srv/associa', ASSOCIA_DEMO: '1', DATABASE_URL: 'postgres://u:p@db:5432/associa' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/srv/associa', demo: true, databaseUrl: 'postgres://u:p@db:5432/associa' });
  });

  it('makes the session cookie Secure whenever the public address is HTTPS', () => {
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://associa.example.com' }).cookieSecure).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://associa.internal', COOKIE_SECURE: '1' }).cookieSecure).toBe(true);
  });

  it('fails fast with every bad variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });
});
