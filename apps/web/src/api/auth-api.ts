import { MeResponseSchema, type LoginRequest, type MeResponse } from '@associa/contracts';
import { isUnauthenticated } from './api-error';
import { apiRequest, setCsrfToken } from './http-client';

/** Signs in with e-mail and password; the server sets the session cookie. */
export async function login(input: LoginRequest): Promise<MeResponse> {
  const me = await apiRequest('/auth/login', { method: 'POST', body: input, schema: MeResponseSchema });
  setCsrfToken(me.csrfToken);
  return me;
}

/** Ends the session on the server. */
export async function logout(): Promise<void> {
  await apiRequest('/auth/logout', { method: 'POST', schema: undefined });
  setCsrfToken(null);
}

/** Who is signed in, or null for a visitor without a (valid) session. */
export async function findMe(): Promise<MeResponse | null> {
  try {
    const me = await apiRequest('/me', { schema: MeResponseSchema });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isUnauthenticated(error)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}
