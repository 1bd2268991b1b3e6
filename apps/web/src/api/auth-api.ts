import { MeResponseSchema, type ChangePasswordRequest, type LoginRequest, type MeResponse } from '@associa/contracts';
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

/** Asks for a reset link by e-mail; the answer is the same whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  await apiRequest('/auth/password-reset', { method: 'POST', body: { email }, schema: undefined, anonymous: true });
}

/** Sets a new password with a reset link; 404/409/410 for an invalid, used or expired link, WEAK_PASSWORD at `password`. */
export async function resetPassword(token: string, password: string): Promise<void> {
  await apiRequest(`/auth/password-reset/${encodeURIComponent(token)}`, { method: 'POST', body: { password }, schema: undefined, anonymous: true });
}

/** The signed-in user changes their password; WRONG_PASSWORD at `currentPassword`, WEAK_PASSWORD at `newPassword`. */
export async function changePassword(input: ChangePasswordRequest): Promise<void> {
  await apiRequest('/me/password', { method: 'POST', body: input, schema: undefined });
}
