import type { HistoryExportFilters } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/client';
import type { HistoryRow } from './history-format';
import type { HistoryScope } from './history-scope';

const BATCH = 1000;

/** The instant exactly as the chain trigger hashes it (UTC, microseconds). */
const OCCURRED_AT = sql<string>`to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Every chained event in scope matching the filters, by claim and position, a batch at a time, so a
 * streamed export never holds it all. `claimId` narrows it to one claim (whose access the caller checked).
 */
export async function* exportHistory({ db, scope, filters = {}, claimId }: { db: Db; scope: HistoryScope; filters?: HistoryExportFilters; claimId?: string }): AsyncGenerator<HistoryRow> {
  let after: { claimId: string; seq: number } | null = null;
  for (;;) {
    let q = db
      .selectFrom('claim_events as e')
      .innerJoin('claims as c', 'c.id', 'e.claim_id')
      .select([
        sql<string>`e.id::text`.as('eventId'),
        'e.claim_id as claimId',
        'e.seq',
        OCCURRED_AT.as('occurredAt'),
        'e.actor_type as actorType',
        'e.actor_user_id as actorUserId',
        'e.actor_name as actorName',
        'e.type',
        sql<string>`e.data::text`.as('dataText'),
        'e.prev_hash as prevHash',
        'e.hash',
      ])
      .orderBy('e.claim_id')
      .orderBy('e.seq')
      .limit(BATCH);
    if (scope.kind !== 'ALL') q = q.where('c.deleted_at', 'is', null);
    if (scope.kind === 'ORGANISATION') q = q.where('c.organisation_id', '=', scope.organisationId);
    if (scope.kind === 'VENDOR') q = q.where('c.status', '!=', 'DRAFT');
    if (claimId) q = q.where('e.claim_id', '=', claimId);
    if (filters.status?.length) q = q.where('c.status', 'in', filters.status);
    if (filters.program) q = q.where(sql<SqlBool>`${filters.program} = any(c.programs)`);
    if (filters.from) q = q.where('e.occurred_at', '>=', new Date(filters.from));
    if (filters.to) q = q.where('e.occurred_at', '<', new Date(filters.to));
    if (after) {
      const { claimId: c, seq } = after;
      q = q.where((eb) => eb(eb.refTuple('e.claim_id', 'e.seq'), '>', eb.tuple(c, seq)));
    }
    const rows = await q.execute();
    yield* rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = { claimId: last.claimId, seq: last.seq };
  }
}
