import type { AuditAction, AuditTargetType } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../users/actor';

/** Who an audit entry names as having acted. */
export type AuditBy =
  | { type: 'USER' | 'TOKEN'; userId: string; name: string; organisationId: string }
  | { type: 'SYSTEM' | 'CLI' | 'ANONYMOUS'; name?: string | null };

/** The audit view of a request's actor: a person, signed in or through one of their API tokens. */
export const auditByActor = (actor: Actor): AuditBy => ({
  type: actor.via === 'token' ? 'TOKEN' : 'USER',
  userId: actor.userId,
  name: actor.name,
  organisationId: actor.organisationId,
});

/** What an entry is about; `organisationId` is whose object it is. */
export type AuditTarget = { type: AuditTargetType; id: string; label?: string | null; organisationId?: string | null };

/**
 * Appends one entry to the audit log inside the caller's transaction, so an administrative change
 * and its record commit together or not at all. The table refuses updates and deletes.
 */
export async function recordAudit(
  trx: Kysely<Database>,
  { at, by, action, target, details = {}, ip = null }: { at: Date; by: AuditBy; action: AuditAction; target: AuditTarget; details?: Record<string, unknown>; ip?: string | null },
): Promise<void> {
  const person = by.type === 'USER' || by.type === 'TOKEN' ? by : null;
  await trx
    .insertInto('audit_log')
    .values({
      occurred_at: at,
      actor_type: by.type,
      actor_user_id: person?.userId ?? null,
      actor_name: by.name ?? null,
      actor_organisation_id: person?.organisationId ?? null,
      action,
      target_type: target.type,
      target_id: target.id,
      target_label: target.label ?? null,
      target_organisation_id: target.organisationId ?? null,
      details: JSON.stringify(details),
      ip,
    })
    .execute();
}
