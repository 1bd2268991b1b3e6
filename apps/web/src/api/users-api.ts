import { ListUsersResponseSchema, ManagedUserSchema, type ManagedUser, type UpdateUserRequest } from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest } from './http-client';

/** `GET /users` answer. */
export type ListUsersResponse = z.infer<typeof ListUsersResponseSchema>;

/** One page of the users the caller manages (a partner admin's own organisation, a program admin's everyone). */
export function findUsers(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ListUsersResponse> {
  return apiRequest('/users', { query, schema: ListUsersResponseSchema, signal });
}

/** Changes a user's role or (de)activates them; 409 LAST_ADMIN when that would leave the organisation without an admin. */
export function updateUser(id: string, input: UpdateUserRequest): Promise<ManagedUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: ManagedUserSchema });
}
