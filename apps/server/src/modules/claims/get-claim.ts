import { applyCorrections } from './corrected-claim-fields';
import type { Activity, Claim, ClaimStatus, ProgramCode, SolutionArea } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { claimActionsFor } from './claim-policies';
import { getClaimForActor } from './find-claim-for-actor';

type Contact = { name?: string; title?: string; email?: string } | null;

/** One claim with its lines, documents and comment thread, as the caller may see it. */
export async function getClaim({ db, actor, claimId, now = new Date() }: { db: Db; actor: Actor; claimId: string; now?: Date }): Promise<Claim> {
  await getClaimForActor(db, actor, claimId);
  const c = await db
    .selectFrom('claims as c')
    .innerJoin('partner_locations as l', 'l.id', 'c.location_id')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .leftJoin('customer_tenants as t', (j) => j.on((eb) => eb('t.tenant_id', '=', eb.ref('c.tenant_id'))))
    .leftJoin('users as r', 'r.id', 'c.assigned_reviewer_id')
    .selectAll('c')
    .select(['l.mpn_id', 'l.name as location_name', 'u.name as created_by_name', 't.name as tenant_name', 't.time_zone', 'r.name as reviewer_name'])
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  const [lines, documents, comments, revisions] = await Promise.all([
    db
      .selectFrom('claim_lines as cl')
      .leftJoin('products as p', 'p.code', 'cl.product_code')
      .select(['cl.product_code', 'cl.subscription_id', 'cl.subscription_chosen', 'p.name'])
      .where('cl.claim_id', '=', claimId)
      .orderBy('cl.position')
      .execute(),
    db
      .selectFrom('claim_documents as d')
      .innerJoin('users as u', 'u.id', 'd.uploaded_by')
      .select(['d.id', 'd.file_name', 'd.content_type', 'd.size_bytes', 'd.sha256', 'd.uploaded_at', 'u.name as uploader'])
      .where('d.claim_id', '=', claimId)
      .orderBy('d.uploaded_at')
      .orderBy('d.id')
      .execute(),
    db
      .selectFrom('claim_comments as cc')
      .innerJoin('users as u', 'u.id', 'cc.author_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['cc.id', 'cc.body', 'cc.created_at', 'u.name', 'o.kind'])
      .where('cc.claim_id', '=', claimId)
      .orderBy('cc.created_at')
      .orderBy('cc.id')
      .execute(),
    db.selectFrom('claim_revisions').select(['revision', 'corrections']).where('claim_id', '=', claimId).orderBy('revision').execute(),
  ]);
  // Corrections from responses apply over the original, which stays as submitted (see /revisions).
  const effective = applyCorrections(c, revisions);
  const status = c.status as ClaimStatus;
  return {
    id: c.id,
    status,
    name: effective.name as string | null,
    locationId: c.location_id,
    location: { id: c.location_id, mpnId: c.mpn_id, name: c.location_name },
    customer: { domain: c.customer_domain, tenantId: c.customer_tenant_id, name: c.tenant_name },
    solutionArea: c.solution_area as SolutionArea | null,
    activities: c.activities as Activity[],
    program: c.requested_program as ProgramCode | null,
    programs: c.programs as ProgramCode[],
    lines: lines.map((l) => ({ productCode: l.product_code, productName: l.name, subscriptionId: l.subscription_id, subscriptionChosen: l.subscription_chosen })),
    customerContact: effective.customerContact as Contact,
    customerTechnicalContact: effective.customerTechnicalContact as Contact,
    partnerContact: effective.partnerContact as Claim['partnerContact'],
    revenue: effective.revenue as Claim['revenue'],
    comments: c.comments,
    documents: documents.map((d) => ({
      id: d.id,
      fileName: d.file_name,
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      sha256: d.sha256,
      uploadedAt: d.uploaded_at.toISOString(),
      uploadedBy: d.uploader,
    })),
    commentThread: comments.map((m) => ({ id: m.id, body: m.body, authorName: m.name, authorSide: m.kind === 'VENDOR' ? 'VENDOR' : 'PARTNER', createdAt: m.created_at.toISOString() })),
    createdBy: c.created_by_name,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
    submittedAt: c.submitted_at?.toISOString() ?? null,
    customerTimeZone: c.time_zone,
    deadlines: {
      reviewDueAt: c.review_due_at?.toISOString() ?? null,
      isReviewLate: status === 'UNDER_REVIEW' && !!c.review_due_at && now > c.review_due_at,
      responseDueAt: status === 'ACTION_REQUIRED' ? (c.response_due_at?.toISOString() ?? null) : null,
      consentClosesAt: c.consent_closes_at?.toISOString() ?? null,
      disputeDueAt: status === 'REJECTED' && c.dispute_count === 0 ? (c.dispute_due_at?.toISOString() ?? null) : null,
    },
    informationRequest: status === 'ACTION_REQUIRED' ? { reasons: c.info_request_reasons, message: c.info_request_message } : null,
    rejection: c.rejected_at && c.rejection_reason ? { reason: c.rejection_reason, message: c.rejection_message, at: c.rejected_at.toISOString() } : null,
    contested: c.contested,
    revision: c.revision,
    assignedReviewer: c.assigned_reviewer_id && c.reviewer_name ? { id: c.assigned_reviewer_id, name: c.reviewer_name } : null,
    allowedActions: claimActionsFor(
      actor,
      { organisationId: c.organisation_id, status, rejectedBy: c.rejected_by, disputeCount: c.dispute_count, disputeDueAt: c.dispute_due_at },
      now,
    ),
  };
}
