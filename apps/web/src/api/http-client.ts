import { ErrorResponseSchema } from '@associa/contracts';
import type { z } from 'zod';
import { ApiError } from './api-error';

const BASE_PATH = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let acceptLanguage = 'en';

/** Remembers the CSRF token from the last `/me` or login answer; unsafe requests must echo it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Tells the server which language to answer messages in; follows the UI language. */
export function setRequestLanguage(language: string): void {
  acceptLanguage = language;
}

type QueryValue = string | number | undefined | null;

/** Options of one API call; `schema` parses a successful answer, absent for 204 answers. */
export type RequestOptions<S extends z.ZodType | undefined> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** JSON-serialised, or sent as is when it is `FormData` (the browser sets the multipart boundary). */
  body?: unknown;
  schema: S;
  signal?: AbortSignal;
  /** Makes a POST safe to repeat: the server answers a repeat with the first answer (see `newIdempotencyKey`). */
  idempotencyKey?: string;
  /** For the public customer pages: no cookies and no CSRF header, since no session is involved. */
  anonymous?: boolean;
};

/** A same-origin API address for links and downloads (CSV export, documents), with empty values left out. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  return buildUrl(path, query);
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE_PATH}${path}${search ? `?${search}` : ''}`;
}

/** The error a failed answer stands for: the server's code, message and details when its body says them. */
export function apiErrorFrom(status: number, body: unknown, statusText: string): ApiError {
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) return new ApiError({ status, ...parsed.data.error });
  return new ApiError({ status, code: 'UNEXPECTED_RESPONSE', message: statusText });
}

/** A successful answer's body read through its schema; a body that doesn't fit is a bug, reported as such. */
export function parseAnswer<S extends z.ZodType>(schema: S, status: number, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError({ status, code: 'UNEXPECTED_RESPONSE', message: parsed.error.message });
  return parsed.data;
}

/** The headers every API call sends: JSON answers, the UI language, and the CSRF token on unsafe session requests. */
export function requestHeaders(method: string, anonymous = false): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage };
  if (UNSAFE_METHODS.has(method) && csrfToken && !anonymous) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** The error for a request that never got an answer. */
export const networkError = () => new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });

/** The one way the web app talks to the API: same-origin cookies, JSON, CSRF header, typed answers. */
export async function apiRequest<S extends z.ZodType | undefined>(
  path: string,
  options: RequestOptions<S>,
): Promise<S extends z.ZodType ? z.infer<S> : undefined> {
  const method = options.method ?? 'GET';
  const headers = requestHeaders(method, options.anonymous);
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: options.anonymous ? 'omit' : 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }

  if (!response.ok) throw apiErrorFrom(response.status, await response.json().catch(() => null), response.statusText);
  if (!options.schema || response.status === 204) return undefined as never;
  return parseAnswer(options.schema, response.status, await response.json().catch(() => undefined)) as never;
}
