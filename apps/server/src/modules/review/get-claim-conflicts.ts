import type { ClaimConflictsResponse, ClaimStatus, ConflictRule, ProgramCode } from '@associa/contracts';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../lib/errors';
import { loadClaimKeys } from '../associations/load-claim-keys';
import { findConflictingClaims } from '../claims/find-conflicting-claims';
import type { Actor } from '../users/actor';
import { isVendorStaff } from '../users/policies';

/**
 * The reviewer's side-by-side view of a contested claim: the claim itself and every other partner's
 * claim on its keys, most recent proof of execution first, with each program's conflict rule.
 * Vendor staff only: partners never learn who else claims their customer.
 */
export async function getClaimConflicts({ db, actor, claimId }: { db: Db; actor: Actor; claimId: string }): Promise<ClaimConflictsResponse> {
  if (!isVendorStaff(actor)) throw forbidden('Only vendor reviewers see conflicting claims.');
  const claim = await db.selectFrom('claims').select(['id', 'status', 'programs']).where('id', '=', claimId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!claim || claim.status === 'DRAFT') throw notFound('The claim');
  const [own] = await loadClaimKeys(db, [claimId]);
  const refs = [{ claimId, sharedKeys: own?.keys.map((k) => k.key) ?? [], holdsAssociation: claim.status === 'ACTIVE' }, ...(await findConflictingClaims(db, claimId))];
  const ids = refs.map((r) => r.claimId);
  const [claims, lines, documents, programs] = await Promise.all([
    db
      .selectFrom('claims as c')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .innerJoin('partner_locations as pl', 'pl.id', 'c.location_id')
      .select(['c.id', 'c.name', 'c.status', 'c.programs', 'c.submitted_at', 'o.name as partner_name', 'pl.mpn_id'])
      .where('c.id', 'in', ids)
      .execute(),
    db.selectFrom('claim_lines').select(['claim_id', 'product_code', 'subscription_id']).where('claim_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('claim_documents as d')
      .innerJoin('users as u', 'u.id', 'd.uploaded_by')
      .select(['d.id', 'd.claim_id', 'd.file_name', 'd.content_type', 'd.size_bytes', 'd.sha256', 'd.uploaded_at', 'u.name as uploader'])
      .where('d.claim_id', 'in', ids)
      .orderBy('d.uploaded_at', 'desc')
      .execute(),
    db.selectFrom('programs').select(['code', 'conflict_rule']).where('code', 'in', claim.programs.length ? claim.programs : ['__none__']).execute(),
  ]);
  const items = refs.flatMap((ref) => {
    const c = claims.find((x) => x.id === ref.claimId);
    if (!c) return [];
    const docs = documents.filter((d) => d.claim_id === c.id);
    return [
      {
        id: c.id,
        name: c.name,
        status: c.status as ClaimStatus,
        partnerName: c.partner_name,
        mpnId: c.mpn_id,
        programs: c.programs as ProgramCode[],
        submittedAt: c.submitted_at?.toISOString() ?? null,
        holdsAssociation: ref.holdsAssociation,
        sharedKeys: ref.sharedKeys,
        lines: lines.filter((l) => l.claim_id === c.id).map((l) => ({ productCode: l.product_code, subscriptionId: l.subscription_id })),
        latestDocumentAt: docs[0]?.uploaded_at.toISOString() ?? null,
        documents: docs.map((d) => ({ id: d.id, fileName: d.file_name, contentType: d.content_type, sizeBytes: d.size_bytes, sha256: d.sha256, uploadedAt: d.uploaded_at.toISOString(), uploadedBy: d.uploader })),
      },
    ];
  });
  // REVIEWER_DECIDES shows the most recent proof of execution first.
  items.sort((a, b) => (b.latestDocumentAt ?? '').localeCompare(a.latestDocumentAt ?? ''));
  return { rules: programs.map((p) => ({ program: p.code as ProgramCode, conflictRule: (p.conflict_rule ?? 'REVIEWER_DECIDES') as ConflictRule })), items };
}
