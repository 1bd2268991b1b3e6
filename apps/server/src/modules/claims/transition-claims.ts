import { type ClaimEventData, ClaimEventDataSchema, type ClaimStatus, type ReasonCode } from '@associa/contracts';
import { type Kysely, sql, type Updateable } from 'kysely';
import type { ClaimsTable, Database } from '../../db/schema';
import { enqueueJobs, type JobSpec } from '../../jobs/enqueue-job';
import { AppError } from '../../lib/errors';
import { customerTemplateForTransition } from '../consent/customer-email-templates';
import { templateForTransition } from '../notifications/email-templates';
import { canTransition } from './claim-transitions';
import { claimEventRow, type EventActor } from './record-claim-event';

/** How many claims one notification job covers. */
export const NOTIFY_BATCH = 250;

/** A history entry to write beside others, with one multi-row insert. */
export type ClaimEventRow = { claimId: string; event: ClaimEventData };

/** Appends many entries to claims' histories in one statement, in the caller's transaction; answers their ids in order. */
export async function recordClaimEvents(trx: Kysely<Database>, { by, at, rows }: { by: EventActor; at: Date; rows: ClaimEventRow[] }): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await trx
    .insertInto('claim_events')
    .values(
      rows.map((r) => claimEventRow({ claimId: r.claimId, by, at, event: ClaimEventDataSchema.parse(r.event) })),
    )
    .returning('id')
    .execute();
  return inserted.map((r) => String(r.id));
}

/**
 * The batch variant of transitionClaim, for sweeps and closings in bulk: one guarded
 * `UPDATE ... WHERE id = ANY(...) AND status = from` (a claim someone else moved first is left out,
 * never moved twice), the history rows and the notification jobs with multi-row inserts, all in the
 * caller's transaction. `before` runs between the update and the history rows (association rows).
 * Answers the claims moved here with their STATUS_CHANGED event ids.
 */
export async function transitionClaims(
  trx: Kysely<Database>,
  {
    claimIds,
    from,
    to,
    by,
    at,
    reason,
    message,
    set = {},
    setEach,
    before,
    followUps = () => [],
  }: {
    claimIds: string[];
    from: ClaimStatus;
    to: ClaimStatus;
    by: EventActor;
    at: Date;
    reason?: ReasonCode;
    message?: (claimId: string) => string | undefined;
    set?: Omit<Updateable<ClaimsTable>, 'status' | 'id'>;
    /** A deadline that differs per claim (the customer's calendar). */
    setEach?: { dispute_due_at: Map<string, Date> };
    before?: (movedIds: string[]) => Promise<void>;
    followUps?: (moved: { claimId: string; eventId: string }[]) => JobSpec[];
  },
): Promise<{ claimId: string; eventId: string }[]> {
  if (!canTransition(from, to)) throw new AppError(409, 'STATUS_CONFLICT', `A claim cannot move from ${from} to ${to}.`);
  if (!claimIds.length) return [];
  // One guarded UPDATE, per-claim deadlines included (a second UPDATE would write every row again, index entries and foreign key checks with it).
  const dues = setEach ? claimIds.map((id) => setEach.dispute_due_at.get(id)?.toISOString() ?? null) : null;
  const { dispute_due_at: disputeDueAt, ...columns } = set;
  const updated = await trx
    .updateTable('claims as c')
    .set({ status: to, updated_at: at, ...columns })
    .$if(dues === null && disputeDueAt !== undefined, (q) => q.set({ dispute_due_at: disputeDueAt }))
    .$if(dues !== null, (q) => q.from(sql<{ id: string; due: Date | null }>`(select unnest(${claimIds}::uuid[]) as id, unnest(${dues}::timestamptz[]) as due)`.as('v')).set({ dispute_due_at: sql<Date>`v.due` }))
    .where(dues !== null ? sql<boolean>`c.id = v.id` : sql<boolean>`c.id = any(${claimIds}::uuid[])`)
    .where('c.status', '=', from)
    .where('c.deleted_at', 'is', null)
    .returning('c.id')
    .execute();
  const ids = updated.map((r) => r.id).sort();
  if (!ids.length) return [];
  if (before) await before(ids);
  const eventIds = await recordClaimEvents(trx, { by, at, rows: ids.map((claimId) => ({ claimId, event: { type: 'STATUS_CHANGED', from, to, reason, message: message?.(claimId) } })) });
  const moved = ids.map((claimId, i) => ({ claimId, eventId: eventIds[i]! }));
  const partnerTemplate = templateForTransition(from, to);
  const customerTemplate = customerTemplateForTransition(from, to);
  const jobs: JobSpec[] = followUps(moved);
  if (partnerTemplate || customerTemplate) {
    for (let i = 0; i < moved.length; i += NOTIFY_BATCH) {
      const items = moved.slice(i, i + NOTIFY_BATCH).map((m) => ({ ...m, partnerTemplate, customerTemplate }));
      jobs.push({ name: 'notify-claims', payload: { items } });
    }
  }
  await enqueueJobs(trx, jobs);
  return moved;
}
