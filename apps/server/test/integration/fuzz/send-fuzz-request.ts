import type { FuzzRequest } from './arbitraries';

/** Who sends a fuzz request: the headers that make it that caller (none for anonymous). */
export type FuzzCaller = { name: string; headers: Record<string, string> };

/** Signs in through the real login route and answers the caller's cookie and CSRF token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<FuzzCaller> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login as ${email}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { name: email, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** What came back: the status, or that the connection failed without an answer. */
export type FuzzAnswer = { status: number; text: string } | { status: 'no answer'; text: string };

/** Sends one fuzz request as the caller (the request's own headers win), from the given client address. */
export async function sendFuzzRequest(baseUrl: string, caller: FuzzCaller, req: FuzzRequest, address: string): Promise<FuzzAnswer> {
  const headers: Record<string, string> = { ...caller.headers, ...req.headers, 'x-forwarded-for': address };
  let body: RequestInit['body'];
  if (req.body && typeof req.body === 'object' && 'form' in req.body) {
    const form = new FormData();
    for (const [name, value] of req.body.text ?? []) form.append(name, value);
    for (const f of req.body.form) form.append(f.field, new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.fileName);
    body = form;
  } else if (req.body !== null) {
    body = req.body as string | Uint8Array<ArrayBuffer>;
    if (req.contentType !== null) headers['content-type'] = req.contentType;
  }
  if (req.method === 'GET' || req.method === 'HEAD') body = undefined;
  try {
    const res = await fetch(`${baseUrl}${req.path}${req.query}`, { method: req.method, headers, body, signal: AbortSignal.timeout(20_000) });
    return { status: res.status, text: (await res.text()).slice(0, 300) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? '';
    return { status: 'no answer', text: `${String(error)} ${cause}` };
  }
}
