import { ListAuditResponseSchema } from '@associa/contracts';
import type { z } from 'zod';
import { apiRequest } from './http-client';

/** `GET /admin/audit` answer, newest first. */
export type ListAuditResponse = z.infer<typeof ListAuditResponseSchema>;

/** One page of the audit log by action, organisation, actor and period (program admins). */
export function findAuditEntries(query: Record<string, string | undefined>, signal?: AbortSignal): Promise<ListAuditResponse> {
  return apiRequest('/admin/audit', { query, schema: ListAuditResponseSchema, signal });
}
