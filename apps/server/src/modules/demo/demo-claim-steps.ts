import { type CreateClaimRequest, CreateClaimRequestSchema, type InformationReason, type RejectionReason } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { activateClaim } from '../associations/activate-claim';
import { endAssociationByPartner } from '../associations/end-association-by-partner';
import { createClaim } from '../claims/create-claim';
import { recordAutomatedValidation } from '../claims/record-automated-validation';
import { submitClaim } from '../claims/submit-claim';
import { uploadClaimDocument } from '../documents/upload-claim-document';
import { approveClaim } from '../review/approve-claim';
import { assignClaim } from '../review/assign-claim';
import { rejectClaim } from '../review/reject-claim';
import { requestInformation } from '../review/request-information';
import { ACTOR_COLUMNS, type Actor } from '../users/actor';

const DAY_MS = 24 * 60 * 60 * 1000;

// The smallest file `file-type` recognises as a PDF: enough to stand for a statement of work.
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A demo login as the auth code would make it, so the use cases check it like any signed-in user. */
export async function loadDemoActor(db: Db, email: string): Promise<Actor> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(ACTOR_COLUMNS)
    .where('u.email', '=', email)
    .executeTakeFirst();
  if (!row) throw new Error(`The demo user ${email} is missing: load the demo data first.`);
  return { ...row, via: 'session', csrfToken: null };
}

/** The people the demo claims are made and decided by. */
export type DemoCast = { northwind: Actor; fabrikam: Actor; reviewer: Actor; reviewer2: Actor };

/** Loads the demo cast by their demo e-mail addresses. */
export async function loadDemoCast(db: Db): Promise<DemoCast> {
  return {
    northwind: await loadDemoActor(db, 'partner.admin@northwind.example'),
    fabrikam: await loadDemoActor(db, 'partner.admin@fabrikam.example'),
    reviewer: await loadDemoActor(db, 'reviewer@vendor.example'),
    reviewer2: await loadDemoActor(db, 'reviewer2@vendor.example'),
  };
}

/**
 * The steps a claim's life is made of, each through its real use case at a moment `days` before
 * now, so every demo claim has the history (and queued jobs) the real flow would have left.
 */
export function demoClaimSteps(db: Db, now: Date) {
  const clockAt = (days: number): Clock => ({ now: () => new Date(now.getTime() - days * DAY_MS) });
  const steps = {
    /** A draft, complete or not. */
    draft: (actor: Actor, body: CreateClaimRequest, days: number) => createClaim({ db, clock: clockAt(days), actor, input: CreateClaimRequestSchema.parse(body) }),

    /** A draft with its proof of execution, submitted and checked as the post-submit job would. */
    async submitted(actor: Actor, body: CreateClaimRequest, days: number, fileName = 'statement-of-work.pdf'): Promise<string> {
      const claimId = await steps.draft(actor, body, days + 0.2);
      await uploadClaimDocument({ db, clock: clockAt(days + 0.1), actor, claimId, fileName, bytes: DEMO_PDF });
      await submitClaim({ db, clock: clockAt(days), actor, claimId });
      await recordAutomatedValidation({ db, clock: clockAt(days - 0.01), claimId });
      return claimId;
    },

    /** The reviewer takes the claim from the queue. */
    assign: (reviewer: Actor, claimId: string, days: number) => assignClaim({ db, clock: clockAt(days), actor: reviewer, claimId, assign: true }),

    approve: (reviewer: Actor, claimId: string, days: number, message?: string) => approveClaim({ db, clock: clockAt(days), actor: reviewer, claimId, input: { message } }),

    requestInformation: (reviewer: Actor, claimId: string, days: number, reasons: InformationReason[], message: string) =>
      requestInformation({ db, clock: clockAt(days), actor: reviewer, claimId, input: { reasons, message } }),

    reject: (reviewer: Actor, claimId: string, days: number, reason: RejectionReason, message: string) =>
      rejectClaim({ db, clock: clockAt(days), actor: reviewer, claimId, input: { reason, message } }),

    /** The customer contact confirms, as the consent link would (the link itself is made later by the worker). */
    async confirm(claimId: string, days: number, customerName: string): Promise<void> {
      const outcome = await db.transaction().execute((trx) => activateClaim(trx, { claimId, by: { type: 'CUSTOMER', name: customerName }, at: clockAt(days).now(), how: 'CONFIRMED' }));
      if (outcome !== 'ACTIVATED') throw new Error(`Demo claim ${claimId} did not activate: ${outcome}.`);
    },

    /** The partner ends every association of the claim, saying why. */
    async disassociate(actor: Actor, claimId: string, days: number, message: string): Promise<void> {
      const associations = await db.selectFrom('associations').select('id').where('claim_id', '=', claimId).where('status', '=', 'ACTIVE').execute();
      for (const a of associations) await endAssociationByPartner({ db, clock: clockAt(days), actor, associationId: a.id, message });
    },
  };
  return steps;
}

/** The steps bound to one database and one "now". */
export type DemoClaimSteps = ReturnType<typeof demoClaimSteps>;
