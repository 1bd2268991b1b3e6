import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** The typed Associa API client: every path, body and answer comes from the OpenAPI document. */
export type AssociaClient = Client<paths>;

/** The shared error body of every 4xx answer. */
export type ApiError = components['schemas']['ErrorResponse'];

/**
 * A client for `<origin>/api/v1`. With `token` it sends `Authorization: Bearer`; otherwise it keeps
 * the session cookie and the CSRF token of a sign-in (`signIn`) like a browser would.
 */
export function createAssociaClient(options: { origin: string; token?: string }): AssociaClient & { session: { cookie: string | null; csrfToken: string | null } } {
  const session = { cookie: null as string | null, csrfToken: null as string | null };
  const auth: Middleware = {
    onRequest({ request }) {
      if (options.token) request.headers.set('authorization', `Bearer ${options.token}`);
      if (session.cookie) request.headers.set('cookie', session.cookie);
      if (session.csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('x-csrf-token', session.csrfToken);
      return request;
    },
    onResponse({ response }) {
      const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
      if (cookies.length > 0) session.cookie = cookies.join('; ');
      return response;
    },
  };
  const client = createClient<paths>({ baseUrl: `${options.origin.replace(/\/$/, '')}/api/v1` });
  client.use(auth);
  return Object.assign(client, { session });
}

/** Signs in with e-mail and password; the client then carries the session cookie and CSRF token. */
export async function signIn(client: ReturnType<typeof createAssociaClient>, email: string, password: string) {
  const { data, error, response } = await client.POST('/auth/login', { body: { email, password } });
  if (!data) throw new Error(`sign-in failed: ${response.status} ${error?.error.code}: ${error?.error.message}`);
  client.session.csrfToken = data.csrfToken;
  return data;
}
