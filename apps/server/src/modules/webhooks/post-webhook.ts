import http from 'node:http';
import https from 'node:https';
import { WebhookLimits } from '@associa/contracts';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { isAllowedHost } from './webhook-hosts';

/** What one attempt came to. */
export type AttemptResult = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: 'TIMEOUT' | 'CONNECTION_FAILED' | 'ADDRESS_NOT_ALLOWED' | 'URL_NOT_ALLOWED' | 'HTTP_STATUS' | 'REDIRECT_NOT_FOLLOWED' | 'ENDPOINT_DISABLED' | 'EVENT_MISSING' | null;
  errorMessage: string | null;
  responseExcerpt: string | null;
};

// Public hosts go through agents that refuse loopback, private, link-local and metadata addresses
// when the name is resolved at connect time (a rebinding DNS answer included); allowed hosts don't.
const filtering = { http: new RequestFilteringHttpAgent({ keepAlive: true }), https: new RequestFilteringHttpsAgent({ keepAlive: true }) };
const allowed = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * POSTs one signed message: at most `timeoutMs` for the whole exchange, no redirect followed, at
 * most 64 KB of the answer read. Never throws: every outcome is an attempt to record.
 */
export function postWebhook({ url, headers, body, allowedHosts, timeoutMs }: { url: string; headers: Record<string, string>; body: string; allowedHosts: readonly string[]; timeoutMs: number }): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (error: AttemptResult['error'], errorMessage: string, statusCode: number | null = null, responseExcerpt: string | null = null): AttemptResult => ({ ok: false, statusCode, durationMs: elapsed(), error, errorMessage, responseExcerpt });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(fail('URL_NOT_ALLOWED', 'The URL is not valid.'));
  }
  const isAllowed = isAllowedHost(target, allowedHosts);
  const scheme = target.protocol === 'https:' ? 'https' : target.protocol === 'http:' ? 'http' : null;
  if (!scheme || (scheme === 'http' && !isAllowed)) return Promise.resolve(fail('URL_NOT_ALLOWED', 'Webhook URLs must use https unless the host is allowed.'));
  const agent = (isAllowed ? allowed : filtering)[scheme];
  const client = scheme === 'https' ? https : http;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(target, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, WebhookLimits.maxResponseBytes).toString('utf8').slice(0, WebhookLimits.responseExcerptLength) || null;
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) finish({ ok: true, statusCode: status, durationMs: elapsed(), error: null, errorMessage: null, responseExcerpt: excerpt });
        else if (status >= 300 && status < 400) finish(fail('REDIRECT_NOT_FOLLOWED', `The endpoint answered ${status} (to ${response.headers.location ?? 'nowhere'}); redirects are not followed.`, status, excerpt));
        else finish(fail('HTTP_STATUS', `The endpoint answered ${status}.`, status, excerpt));
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Enough of the answer: stop reading (and drop the connection) rather than take it all.
        if (size >= WebhookLimits.maxResponseBytes) {
          done();
          response.destroy();
        }
      });
      response.on('end', done);
      response.on('error', done);
      response.on('aborted', done);
    });
    const timer = setTimeout(() => {
      finish(fail('TIMEOUT', `No complete answer within ${timeoutMs / 1000} s.`));
      request.destroy();
    }, timeoutMs);
    request.on('error', (error) => {
      const blocked = /is not allowed/.test(error.message);
      finish(fail(blocked ? 'ADDRESS_NOT_ALLOWED' : 'CONNECTION_FAILED', error.message.slice(0, 500)));
    });
    request.end(body);
  });
}
