import type { ProgramCode, ReviewQueueItem, ReviewQueueQuery } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';

const CursorShape = z.tuple([z.string(), z.uuid()]);
// What the vendor owes next: the review target, or the partner's response deadline while waiting.
const DUE = sql<Date>`coalesce(case when c.status = 'ACTION_REQUIRED' then c.response_due_at else c.review_due_at end, 'infinity'::timestamptz)`;
// The same instant when one status is asked for: one column, matching that status's own index.
const DUE_BY_STATUS = {
  ACTION_REQUIRED: sql<Date>`coalesce(c.response_due_at, 'infinity'::timestamptz)`,
  UNDER_REVIEW: sql<Date>`coalesce(c.review_due_at, 'infinity'::timestamptz)`,
  DISPUTED: sql<Date>`coalesce(c.review_due_at, 'infinity'::timestamptz)`,
};

/** The reviewers' queue: open claims, the one due soonest first, filtered and a page at a time. */
export async function listReviewQueue({ db, actor, query, now }: { db: Db; actor: Actor; query: ReviewQueueQuery; now: Date }): Promise<{ items: ReviewQueueItem[]; nextCursor: string | null }> {
  const due = query.status ? DUE_BY_STATUS[query.status] : DUE;
  let q = db
    .selectFrom('claims as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .innerJoin('partner_locations as l', 'l.id', 'c.location_id')
    .leftJoin('users as r', 'r.id', 'c.assigned_reviewer_id')
    .select([
      'c.id',
      'c.name',
      'c.status',
      'o.name as partner_name',
      'l.mpn_id',
      'c.customer_name',
      'c.customer_domain',
      'c.programs',
      'c.submitted_at',
      'c.review_due_at',
      'c.contested',
      'c.assigned_reviewer_id',
      'r.name as reviewer_name',
      due.as('due_at'),
      sql<string>`(${due})::text`.as('due_key'),
    ])
    // The whole queue, or one status of it: each form matches its partial index exactly. The
    // statuses are written into the text, so the plan made once per connection still uses that index.
    .where('c.status', 'in', (query.status ? [query.status] : ['UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED']).map((s) => sql.lit(s)))
    .where('c.deleted_at', 'is', null);
  // Written into the text like the statuses (a contract enum): a bound program made PostgreSQL plan
  // every request anew (its generic estimate looked costlier), about 0.4 ms per page.
  if (query.program) q = q.where(sql<SqlBool>`${sql.lit(query.program)} = any(c.programs)`);
  if (query.contested !== undefined) q = q.where('c.contested', '=', query.contested);
  if (query.late !== undefined) {
    const late = sql<SqlBool>`(c.status in ('UNDER_REVIEW', 'DISPUTED') and c.review_due_at < ${now})`;
    q = q.where(query.late ? late : sql<SqlBool>`not ${late}`);
  }
  if (query.assignedTo === 'me') q = q.where('c.assigned_reviewer_id', '=', actor.userId);
  else if (query.assignedTo === 'nobody') q = q.where('c.assigned_reviewer_id', 'is', null);
  else if (query.assignedTo) q = q.where('c.assigned_reviewer_id', '=', query.assignedTo);
  if (query.cursor) {
    const [dueKey, id] = decodeCursor(query.cursor, CursorShape);
    q = q.where(sql<SqlBool>`(${due}, c.id) > (${dueKey}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q.orderBy(due).orderBy('c.id').limit(pageLimit(query.limit + 1)).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status as ReviewQueueItem['status'],
      partnerName: r.partner_name,
      mpnId: r.mpn_id,
      customerName: r.customer_name,
      customerDomain: r.customer_domain,
      programs: r.programs as ProgramCode[],
      submittedAt: r.submitted_at?.toISOString() ?? null,
      dueAt: Number.isFinite(new Date(r.due_at).getTime()) ? new Date(r.due_at).toISOString() : null,
      isLate: r.status !== 'ACTION_REQUIRED' && !!r.review_due_at && r.review_due_at < now,
      contested: r.contested,
      assignedReviewer: r.assigned_reviewer_id && r.reviewer_name ? { id: r.assigned_reviewer_id, name: r.reviewer_name } : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.due_key, last.id]) : null,
  };
}
