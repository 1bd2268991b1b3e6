import { z } from 'zod';
import { Limits } from './limits';

/** An e-mail the system sent or keeps in its outbox. */
export const OutboxEmailSchema = z
  .object({
    id: z.uuid(),
    claimId: z.uuid().nullable(),
    template: z.string(),
    to: z.string(),
    locale: z.enum(['en', 'nl']),
    subject: z.string(),
    body: z.string(),
    state: z.enum(['QUEUED', 'SENT', 'OUTBOX', 'FAILED']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxEmail' });
export type OutboxEmail = z.infer<typeof OutboxEmailSchema>;

/** `GET /admin/outbox` filters. */
export const OutboxQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  claimId: z.uuid().optional(),
  state: z.enum(['QUEUED', 'SENT', 'OUTBOX', 'FAILED']).optional(),
});
export type OutboxQuery = z.infer<typeof OutboxQuerySchema>;

/** `GET /admin/outbox` answer, newest first. */
export const OutboxResponseSchema = z.object({
  items: z.array(OutboxEmailSchema),
  nextCursor: z.string().nullable(),
  /** An SMTP relay is configured: personal links went to their recipients only and show masked here. */
  relay: z.boolean(),
});
