import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { parseTrustProxy } from './trust-proxy';

describe('ASSOCIA_TRUST_PROXY', () => {
  it('defaults to trusting no proxy', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('reads true, a hop count and a list of addresses and CIDRs', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.7,::1,fd00::/8')).toEqual(['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8']);
    expect(loadConfig({ ASSOCIA_TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
  });

  it('refuses what is none of these, so a typo fails the start instead of trusting anybody', () => {
    expect(parseTrustProxy('yes')).toHaveProperty('error');
    expect(parseTrustProxy('10.0.0.0/33')).toHaveProperty('error');
    expect(parseTrustProxy('proxy.internal')).toHaveProperty('error');
    expect(parseTrustProxy('99')).toHaveProperty('error');
    expect(() => loadConfig({ ASSOCIA_TRUST_PROXY: 'yes' })).toThrow(/ASSOCIA_TRUST_PROXY/);
  });
});
