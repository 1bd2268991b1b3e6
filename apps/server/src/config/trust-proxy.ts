import { isIP } from 'node:net';

/** Which proxies Fastify believes about the client address: none, any, a hop count, or these addresses/CIDRs. */
export type TrustProxy = boolean | number | string[];

/**
 * Parses ASSOCIA_TRUST_PROXY: unset/`false` (no proxy: X-Forwarded-For is ignored), `true` (trust
 * every hop, only when the API is reachable through the proxy alone), a hop count (`1`), or a
 * comma-separated list of proxy addresses and CIDR ranges (`10.0.0.0/8,192.168.1.7`).
 * Returns an error message for anything else.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { error: string } {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops === 0 ? false : hops <= 20 ? hops : { error: 'a hop count is at most 20' };
  }
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const bad = entries.filter((entry) => {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    if (!family || rest.length) return true;
    if (prefix === undefined) return false;
    return !/^\d+$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128);
  });
  if (!entries.length || bad.length) return { error: `use false, true, a hop count or addresses/CIDRs (not: ${bad.join(', ') || value})` };
  return entries;
}

/** The setting as Fastify's option takes it (its types have no hop count: the nth hop is a function of the hop index). */
export function fastifyTrustProxy(setting: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
