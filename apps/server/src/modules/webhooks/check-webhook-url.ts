import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../../lib/errors';
import { hostOf, isAllowedHost, isPublicAddress } from './webhook-hosts';

const refuse = (code: string, message: string) => new AppError(400, 'WEBHOOK_URL_NOT_ALLOWED', message, [{ path: 'url', code, message }]);

/**
 * Checks an endpoint URL when it is registered or changed: https (or http to an allowed host), no
 * credentials, and a host whose every address is public unless the operator allowed the host. The
 * worker checks the address again when it sends (DNS may have changed since).
 */
export async function checkWebhookUrl(raw: string, allowedHosts: readonly string[]): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('INVALID_URL', 'The URL is not a valid absolute URL.');
  }
  const allowed = isAllowedHost(url, allowedHosts);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowed)) throw refuse('HTTPS_REQUIRED', 'Webhook URLs must use https.');
  if (url.username || url.password) throw refuse('CREDENTIALS_IN_URL', 'Put no user name or password in the URL; verify the signature instead.');
  if (url.hash) throw refuse('FRAGMENT_IN_URL', 'A webhook URL has no #fragment.');
  if (allowed) return url.toString();
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw refuse('HOST_NOT_FOUND', `The host ${host} could not be resolved.`);
  }
  const blocked = addresses.find((a) => !isPublicAddress(a));
  if (blocked) throw refuse('ADDRESS_NOT_ALLOWED', `The host ${host} resolves to ${blocked}, a loopback, private, link-local or reserved address.`);
  return url.toString();
}
