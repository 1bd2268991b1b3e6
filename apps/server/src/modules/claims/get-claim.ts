import type { Claim } from '@associa/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { readableClaimRef } from './find-claim-for-actor';
import { CLAIM_DETAIL_COLUMNS, type ClaimDetailComment, type ClaimDetailDocument, type ClaimDetailLine, presentClaim } from './present-claim';

/**
 * One claim with its lines, documents and comment thread, as the caller may see it (else 404):
 * everything is read in ONE statement, then presented without further reads.
 */
export async function getClaim({ db, actor, claimId, now = new Date() }: { db: Db; actor: Actor; claimId: string; now?: Date }): Promise<Claim> {
  const row = await db
    .selectFrom('claims as c')
    .innerJoin('partner_locations as l', 'l.id', 'c.location_id')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .leftJoin('customer_tenants as t', (j) => j.on((eb) => eb('t.tenant_id', '=', eb.ref('c.tenant_id'))))
    .leftJoin('users as r', 'r.id', 'c.assigned_reviewer_id')
    .select(CLAIM_DETAIL_COLUMNS.map((col) => `c.${col}` as const))
    .select(['l.mpn_id', 'l.name as location_name', 'u.name as created_by_name', 't.name as tenant_name', 't.time_zone', 'r.name as reviewer_name'])
    .select([
      sql<ClaimDetailLine[]>`(select coalesce(json_agg(json_build_object('productCode', cl.product_code, 'productName', p.name,
          'subscriptionId', cl.subscription_id, 'subscriptionChosen', cl.subscription_chosen) order by cl.position), '[]')
        from claim_lines cl left join products p on p.code = cl.product_code where cl.claim_id = c.id)`.as('lines'),
      sql<ClaimDetailDocument[]>`(select coalesce(json_agg(json_build_object('id', d.id, 'fileName', d.file_name, 'contentType', d.content_type,
          'sizeBytes', d.size_bytes, 'sha256', d.sha256, 'uploadedAt', d.uploaded_at, 'uploadedBy', du.name) order by d.uploaded_at, d.id), '[]')
        from claim_documents d join users du on du.id = d.uploaded_by where d.claim_id = c.id)`.as('documents'),
      sql<ClaimDetailComment[]>`(select coalesce(json_agg(json_build_object('id', cc.id, 'body', cc.body, 'authorName', cu.name,
          'authorKind', co.kind, 'createdAt', cc.created_at) order by cc.created_at, cc.id), '[]')
        from claim_comments cc join users cu on cu.id = cc.author_id join organisations co on co.id = cu.organisation_id where cc.claim_id = c.id)`.as('thread'),
      sql<{ corrections: unknown }[]>`(select coalesce(json_agg(json_build_object('corrections', cr.corrections) order by cr.revision), '[]')
        from claim_revisions cr where cr.claim_id = c.id)`.as('revisions'),
    ])
    .where('c.id', '=', claimId)
    .where('c.deleted_at', 'is', null)
    .executeTakeFirst();
  // Another organisation's claim is indistinguishable from one that does not exist.
  readableClaimRef(actor, row);
  return presentClaim(row!, actor, now);
}
