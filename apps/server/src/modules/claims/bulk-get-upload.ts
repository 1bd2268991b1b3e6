import type { BulkClaimRowResult, BulkClaimUpload, ClaimStatus, ErrorDetail } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/client';
import { notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { canReadBulkClaims } from './bulk-claim-policies';

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Loads a bulk upload's record for a caller of its organisation; anyone else gets 404. */
async function findUpload(db: Db, actor: Actor, id: string) {
  const upload = await db.selectFrom('bulk_claim_uploads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!upload || !canReadBulkClaims(actor, { organisationId: upload.organisation_id })) throw notFound('The bulk upload');
  return upload;
}

/** A bulk upload with every row's result and each created claim's current status. */
export async function getBulkClaimUpload({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<BulkClaimUpload> {
  const u = await findUpload(db, actor, id);
  const rows = await db
    .selectFrom('bulk_claim_rows as r')
    .leftJoin('claims as c', (j) => j.onRef('c.id', '=', 'r.claim_id').on('c.deleted_at', 'is', null))
    .select(['r.line', 'r.status', 'r.claim_id', 'r.row', 'r.problems', 'c.status as claim_status', 'c.id as live_claim_id'])
    .where('r.upload_id', '=', id)
    .orderBy('r.line')
    .execute();
  return {
    id: u.id,
    format: u.format,
    fileName: u.file_name,
    dryRun: u.dry_run,
    submit: u.submit,
    poeDocumentId: u.poe_document_id,
    status: u.status,
    rowsRead: u.rows_read,
    valid: u.valid,
    created: u.created,
    submitted: u.submitted,
    rejected: u.rejected,
    createdBy: u.created_by_name,
    createdAt: u.created_at.toISOString(),
    finishedAt: u.finished_at?.toISOString() ?? null,
    rows: rows.map((r): BulkClaimRowResult => {
      const raw = (r.row ?? {}) as Record<string, unknown>;
      return {
        line: r.line,
        status: r.status,
        name: text(raw.name),
        customerDomain: text(raw.customer_domain),
        // A draft deleted since is no longer linked.
        claimId: r.live_claim_id ?? null,
        claimStatus: (r.claim_status as ClaimStatus | null) ?? null,
        problems: r.problems as ErrorDetail[],
      };
    }),
  };
}

/** Every row of a bulk upload that has problems, in file order, for the rejections CSV (access checked first). */
export async function streamBulkClaimRejections({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<AsyncGenerator<{ line: number; row: unknown; problems: ErrorDetail[] }>> {
  await findUpload(db, actor, id);
  return (async function* () {
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom('bulk_claim_rows')
        .select(['line', 'row', 'problems'])
        .where('upload_id', '=', id)
        .where('line', '>', after)
        .where(sql<SqlBool>`jsonb_array_length(problems) > 0`)
        .orderBy('line')
        .limit(1000)
        .execute();
      for (const r of rows) yield { line: r.line, row: r.row, problems: r.problems as ErrorDetail[] };
      if (rows.length < 1000) return;
      after = rows.at(-1)!.line;
    }
  })();
}
