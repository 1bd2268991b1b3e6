import { z } from 'zod';
import { PageQuerySchema, pageOf } from './pagination';

/** Every administrative action the audit log records. */
export const AuditActionSchema = z.enum([
  'PARTNER_CREATED',
  'PARTNER_UPDATED',
  'PARTNER_SUSPENDED',
  'PARTNER_REACTIVATED',
  'LOCATION_CREATED',
  'LOCATION_UPDATED',
  'INVITATION_CREATED',
  'INVITATION_RESENT',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'USER_ROLE_CHANGED',
  'USER_DEACTIVATED',
  'USER_REACTIVATED',
  'PASSWORD_RESET_REQUESTED',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** What kind of object an audit entry is about. */
export const AuditTargetTypeSchema = z.enum(['ORGANISATION', 'LOCATION', 'USER', 'INVITATION', 'PASSWORD_RESET', 'API_TOKEN']);
export type AuditTargetType = z.infer<typeof AuditTargetTypeSchema>;

/** Who did it: a person (signed in or by token), the system, the operator's CLI, or someone unknown. */
export const AuditActorTypeSchema = z.enum(['USER', 'TOKEN', 'SYSTEM', 'CLI', 'ANONYMOUS']);

/** One entry of the audit log: who did what to whom, when, from where. */
export const AuditEntrySchema = z
  .object({
    id: z.string(),
    occurredAt: z.iso.datetime(),
    actor: z.object({ type: AuditActorTypeSchema, userId: z.uuid().nullable(), name: z.string().nullable(), organisationId: z.uuid().nullable() }),
    action: AuditActionSchema,
    target: z.object({ type: AuditTargetTypeSchema, id: z.string(), label: z.string().nullable(), organisationId: z.uuid().nullable() }),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /admin/audit` filters. */
export const ListAuditQuerySchema = PageQuerySchema.extend({
  action: AuditActionSchema.optional(),
  organisationId: z.uuid().optional().describe("Entries about this organisation's objects"),
  actorUserId: z.uuid().optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuerySchema>;

/** `GET /admin/audit` answer, newest first. */
export const ListAuditResponseSchema = pageOf(AuditEntrySchema);
