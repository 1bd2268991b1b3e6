import ipaddr from 'ipaddr.js';

/** A URL's host as the allow-list names it: lower case, IPv6 without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/** Whether the operator allowed this host (ASSOCIA_WEBHOOK_ALLOWED_HOSTS): http and private addresses are then fine. */
export const isAllowedHost = (url: URL, allowedHosts: readonly string[]) => allowedHosts.includes(hostOf(url));

/** Public unicast only: no loopback, private, link-local (cloud metadata), unspecified or other reserved ranges. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}
