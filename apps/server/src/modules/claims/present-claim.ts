import type { Activity, Claim, ClaimStatus, ProgramCode, SolutionArea } from '@associa/contracts';
import type { Selectable } from 'kysely';
import type { ClaimsTable } from '../../db/schema';
import type { Actor } from '../users/actor';
import { applyCorrections } from './corrected-claim-fields';
import { claimActionsFor } from './claim-policies';

type Contact = { name?: string; title?: string; email?: string } | null;

/** The claim columns the detail presents (the access check's among them). */
export const CLAIM_DETAIL_COLUMNS = [
  'id', 'organisation_id', 'status', 'location_id', 'revision', 'rejected_by', 'dispute_count', 'dispute_due_at',
  'name', 'customer_domain', 'customer_tenant_id', 'solution_area', 'activities', 'requested_program', 'programs',
  'customer_contact', 'customer_technical_contact', 'partner_contact', 'revenue', 'comments',
  'created_at', 'updated_at', 'submitted_at', 'review_due_at', 'response_due_at', 'consent_closes_at',
  'info_request_reasons', 'info_request_message', 'rejected_at', 'rejection_reason', 'rejection_message',
  'contested', 'assigned_reviewer_id',
] as const;

/** A line as the detail statement reads it. */
export type ClaimDetailLine = { productCode: string; productName: string | null; subscriptionId: string | null; subscriptionChosen: 'PARTNER' | 'AUTOMATIC' | null };
/** A document as the detail statement reads it (`uploadedAt` as PostgreSQL writes a timestamp in JSON). */
export type ClaimDetailDocument = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; uploadedAt: string; uploadedBy: string };
/** A thread comment as the detail statement reads it, with its author's organisation kind. */
export type ClaimDetailComment = { id: string; body: string; authorName: string; authorKind: string; createdAt: string };

/** Everything one claim's detail is presented from, as one statement reads it (see getClaim). */
export type ClaimDetailRow = Pick<Selectable<ClaimsTable>, (typeof CLAIM_DETAIL_COLUMNS)[number]> & {
  mpn_id: string;
  location_name: string;
  created_by_name: string;
  tenant_name: string | null;
  time_zone: string | null;
  reviewer_name: string | null;
  lines: ClaimDetailLine[];
  documents: ClaimDetailDocument[];
  thread: ClaimDetailComment[];
  revisions: { corrections: unknown }[];
};

// JSON carries timestamps as text with microseconds; the API answers them as Date#toISOString does.
const iso = (at: string) => new Date(at).toISOString();

/** The API's answer for a claim the caller may read, from its detail row. Pure: reads nothing. */
export function presentClaim(c: ClaimDetailRow, actor: Actor, now: Date): Claim {
  // Corrections from responses apply over the original, which stays as submitted (see /revisions).
  const effective = applyCorrections(c, c.revisions);
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
    lines: c.lines.map((l) => ({ productCode: l.productCode, productName: l.productName, subscriptionId: l.subscriptionId, subscriptionChosen: l.subscriptionChosen })),
    customerContact: effective.customerContact as Contact,
    customerTechnicalContact: effective.customerTechnicalContact as Contact,
    partnerContact: effective.partnerContact as Claim['partnerContact'],
    revenue: effective.revenue as Claim['revenue'],
    comments: c.comments,
    documents: c.documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      uploadedAt: iso(d.uploadedAt),
      uploadedBy: d.uploadedBy,
    })),
    commentThread: c.thread.map((m) => ({ id: m.id, body: m.body, authorName: m.authorName, authorSide: m.authorKind === 'VENDOR' ? 'VENDOR' : 'PARTNER', createdAt: iso(m.createdAt) })),
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
