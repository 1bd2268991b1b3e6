import { ClaimEventDataSchema, type ClaimStatus, type ReasonCode } from '@associa/contracts';
import { type Kysely, sql, type Updateable } from 'kysely';
import type { ClaimsTable, Database } from '../../db/schema';
import { addJobsSql, jobSpecRow, type JobSpecRow } from '../../jobs/enqueue-job';
import type { JobDefinition } from '../../jobs/job';
import type { JobName } from '../../jobs/job-names';
import { templateForTransition } from '../notifications/email-templates';
import { customerTemplateForTransition } from '../consent/customer-email-templates';
import { AppError } from '../../lib/errors';
import { canTransition } from './claim-transitions';
import { type EventActor, claimEventRow } from './record-claim-event';

/** A follow-up job to enqueue with the status change, by its name in the queue's contract (jobs/job-names.ts). */
export type FollowUp = { job: JobName | JobDefinition; payload: unknown; runAt?: Date; jobKey?: string };

// Stands for the new history entry's id in a job's payload until the statement knows it.
const EVENT_ID_PLACEHOLDER = '0';

/** The jobs of a status change: the caller's follow-ups, then the partner's and the customer's messages about the new history entry. */
function transitionJobs(claimId: string, from: ClaimStatus, to: ClaimStatus, followUps: FollowUp[]): (JobSpecRow & { with_event_id?: true })[] {
  const rows: (JobSpecRow & { with_event_id?: true })[] = followUps.map((f) => jobSpecRow(f.job, f.payload, { runAt: f.runAt, jobKey: f.jobKey }));
  // The partner hears of every decision about its claim; the message is a job, so it can't be lost.
  const template = templateForTransition(from, to);
  if (template) rows.push({ ...jobSpecRow('notify-claim-status', { claimId, eventId: EVENT_ID_PLACEHOLDER, template }), with_event_id: true });
  // The customer is asked for consent, and later told the association is official, the same way.
  const customerTemplate = customerTemplateForTransition(from, to);
  if (customerTemplate) rows.push({ ...jobSpecRow('notify-customer', { claimId, eventId: EVENT_ID_PLACEHOLDER, template: customerTemplate }), with_event_id: true });
  const keys = rows.flatMap((r) => (r.job_key ? [r.job_key] : []));
  // add_jobs takes them in one insert, where one key can't be written twice (add_job after add_job replaced it).
  if (new Set(keys).size !== keys.length) throw new Error(`transitionClaim: two follow-ups of claim ${claimId} share a job key`);
  return rows;
}

/**
 * The only way a claim's status changes. In the caller's transaction and in ONE statement: a
 * guarded UPDATE (0 rows means someone else moved the claim first: 409, the double click and the
 * race are one case), the history entry, and the follow-up jobs, so none of them can exist without
 * the others.
 */
export async function transitionClaim(
  trx: Kysely<Database>,
  {
    claimId,
    from,
    to,
    by,
    at,
    reason,
    message,
    set = {},
    followUps = [],
  }: {
    claimId: string;
    from: ClaimStatus;
    to: ClaimStatus;
    by: EventActor;
    at: Date;
    reason?: ReasonCode;
    message?: string;
    set?: Omit<Updateable<ClaimsTable>, 'status' | 'id'>;
    followUps?: FollowUp[];
  },
): Promise<void> {
  if (!canTransition(from, to)) {
    throw new AppError(409, 'STATUS_CONFLICT', `A claim cannot move from ${from} to ${to}.`);
  }
  const event = claimEventRow({ claimId, by, at, event: ClaimEventDataSchema.parse({ type: 'STATUS_CHANGED', from, to, reason, message }) });
  const jobs = transitionJobs(claimId, from, to, followUps);
  // The history row is inserted from the UPDATE's answer and the jobs are added with the history
  // row's id, so a claim that was not moved gets neither. The history's triggers (chain, events)
  // see the moved row: their statements run after the UPDATE's (each takes a new command id).
  const row = await trx
    .with('moved', (db) => db.updateTable('claims').set({ status: to, updated_at: at, ...set }).where('id', '=', claimId).where('status', '=', from).where('deleted_at', 'is', null).returning('id'))
    .with('event', (db) =>
      db
        .insertInto('claim_events')
        .columns(['claim_id', 'occurred_at', 'actor_type', 'actor_user_id', 'actor_name', 'type', 'data'])
        .expression((eb) =>
          eb
            .selectFrom('moved')
            .select([
              'moved.id',
              sql<Date>`${event.occurred_at}::timestamptz`.as('occurred_at'),
              sql<string>`${event.actor_type}::text`.as('actor_type'),
              sql<string | null>`${event.actor_user_id}::uuid`.as('actor_user_id'),
              sql<string>`${event.actor_name}::text`.as('actor_name'),
              sql<string>`${event.type}::text`.as('type'),
              sql<string>`${event.data}::jsonb`.as('data'),
            ]),
        )
        .returning('id'),
    )
    .selectFrom('event')
    .select('event.id')
    .$if(jobs.length > 0, (q) =>
      q.select(
        sql<number>`(select count(*) from ${addJobsSql(sql`(select json_agg(case when s.spec ? 'with_event_id' then jsonb_set(s.spec, '{payload,eventId}', to_jsonb(event.id::text)) else s.spec end order by s.n)
          from jsonb_array_elements(${JSON.stringify(jobs)}::jsonb) with ordinality s (spec, n))`)})`.as('jobs'),
      ),
    )
    .executeTakeFirst();
  if (!row) {
    throw new AppError(409, 'STATUS_CONFLICT', `The claim is no longer ${from}; reload it to see what changed.`);
  }
}
