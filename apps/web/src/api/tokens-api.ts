import {
  CreateApiTokenResponseSchema,
  ListApiTokensResponseSchema,
  type CreateApiTokenRequest,
  type CreateApiTokenResponse,
  type ListApiTokensResponse,
} from '@associa/contracts';
import { apiRequest } from './http-client';

/** The API tokens the caller may manage. */
export function findApiTokens(signal?: AbortSignal): Promise<ListApiTokensResponse> {
  return apiRequest('/tokens', { schema: ListApiTokensResponseSchema, signal });
}

/** Creates a token; the answer holds the secret, which is never shown again. */
export function createApiToken(input: CreateApiTokenRequest): Promise<CreateApiTokenResponse> {
  return apiRequest('/tokens', { method: 'POST', body: input, schema: CreateApiTokenResponseSchema });
}

/** Revokes a token at once. */
export async function revokeApiToken(id: string): Promise<void> {
  await apiRequest(`/tokens/${encodeURIComponent(id)}`, { method: 'DELETE', schema: undefined });
}
