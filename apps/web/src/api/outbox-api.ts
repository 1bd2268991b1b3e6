import { OutboxResponseSchema } from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest } from './http-client';

/** `GET /admin/outbox` answer, newest first. */
export type OutboxResponse = z.infer<typeof OutboxResponseSchema>;

/** One page of the e-mails the system sent or keeps (program admins only). */
export function getOutbox(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<OutboxResponse> {
  return apiRequest('/admin/outbox', { query, schema: OutboxResponseSchema, signal });
}
