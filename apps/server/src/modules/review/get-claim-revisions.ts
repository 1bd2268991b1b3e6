import type { ClaimCorrections, ClaimRevision } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { getClaimForActor } from '../claims/find-claim-for-actor';

/** The claim's fields as first submitted, and each response or dispute after it, side by side. */
export async function getClaimRevisions({ db, actor, claimId }: { db: Db; actor: Actor; claimId: string }) {
  await getClaimForActor(db, actor, claimId);
  const c = await db.selectFrom('claims').select(['name', 'customer_contact', 'customer_technical_contact', 'partner_contact', 'revenue']).where('id', '=', claimId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('claim_revisions as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.revision', 'r.kind', 'r.created_at', 'u.name', 'r.comment', 'r.corrections', 'r.document_ids'])
    .where('r.claim_id', '=', claimId)
    .orderBy('r.revision')
    .execute();
  return {
    original: { name: c.name, customerContact: c.customer_contact, customerTechnicalContact: c.customer_technical_contact, partnerContact: c.partner_contact, revenue: c.revenue },
    revisions: rows.map(
      (r): ClaimRevision => ({
        revision: r.revision,
        kind: r.kind,
        createdAt: r.created_at.toISOString(),
        createdBy: r.name,
        comment: r.comment,
        corrections: r.corrections as ClaimCorrections,
        documentIds: r.document_ids,
      }),
    ),
  };
}
