import type { ClaimDraftFields } from '@associa/contracts';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ClaimsTable } from '../../db/schema';
import type { Actor } from '../users/actor';
import type { StoredLine } from './claim-facts';
import { type ClaimRef, readableClaimRef } from './find-claim-for-actor';

/** A claim's fields as the checks see them: a request body or a stored draft, possibly incomplete. */
export type ClaimInput = ClaimDraftFields & { locationId?: string | null };

/** Drops nulls (a cleared draft field) so the complete-claim schema reports them as missing. */
export function withoutNulls(input: ClaimInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

/** A stored claim's own columns in the shape of a request body, its lines aside (see `claimLinesInput`). */
export function claimFieldsFrom(c: Selectable<ClaimsTable>): ClaimInput {
  const customer = c.customer_domain !== null || c.customer_tenant_id !== null
    ? { ...(c.customer_domain !== null ? { domain: c.customer_domain } : {}), ...(c.customer_tenant_id !== null ? { tenantId: c.customer_tenant_id } : {}) }
    : null;
  return {
    locationId: c.location_id,
    name: c.name,
    customer,
    solutionArea: c.solution_area as ClaimInput['solutionArea'],
    activities: c.activities.length ? (c.activities as NonNullable<ClaimInput['activities']>) : null,
    program: c.requested_program as ClaimInput['program'],
    lines: null,
    customerContact: c.customer_contact as ClaimInput['customerContact'],
    customerTechnicalContact: c.customer_technical_contact as ClaimInput['customerTechnicalContact'],
    partnerContact: c.partner_contact as ClaimInput['partnerContact'],
    revenue: c.revenue as ClaimInput['revenue'],
    comments: c.comments,
  };
}

/** A stored claim's lines (in order) as a request body has them. */
export function claimLinesInput(lines: Pick<StoredLine, 'productCode' | 'subscriptionId' | 'chosen'>[]): ClaimInput['lines'] {
  // A subscription the system picked is not the partner's input: it is picked again on submit.
  return lines.length ? lines.map((l) => ({ productCode: l.productCode, ...(l.subscriptionId && l.chosen !== 'AUTOMATIC' ? { subscriptionId: l.subscriptionId } : {}) })) : null;
}

/** Reads a stored claim back into the same shape a request body has (one statement). */
export async function loadClaimInput(db: Db, claimId: string): Promise<ClaimInput> {
  const c = await db
    .selectFrom('claims as c')
    .selectAll('c')
    .select(
      sql<Pick<StoredLine, 'productCode' | 'subscriptionId' | 'chosen'>[]>`(select coalesce(json_agg(json_build_object('productCode', l.product_code, 'subscriptionId', l.subscription_id, 'chosen', l.subscription_chosen) order by l.position), '[]')
        from claim_lines l where l.claim_id = c.id)`.as('stored_lines'),
    )
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  return { ...claimFieldsFrom(c), lines: claimLinesInput(c.stored_lines) };
}

/**
 * A claim the caller may see (else 404) with its own columns as the checks see them (lines are
 * read with the facts). `forSubmit` locks the row and, for the organisation's own draft, the lock
 * that serialises submits of one organisation for one tenant, in the same statement.
 */
export async function getClaimFieldsForActor(db: Db, actor: Actor, claimId: string, { forSubmit = false } = {}): Promise<{ claim: ClaimRef; fields: ClaimInput }> {
  const org = actor.organisationId;
  let q = db.selectFrom('claims as c').selectAll('c').where('c.id', '=', claimId).where('c.deleted_at', 'is', null);
  if (forSubmit) {
    // PostgreSQL computes this column before it locks the row (and again on the row's newest version
    // if it has to wait for it), so every submit takes the advisory lock first, then the row lock.
    q = q
      .select(sql<boolean>`case when c.organisation_id = ${org}::uuid and c.status = 'DRAFT'
        then pg_advisory_xact_lock(hashtext(${org}::text || ':' || coalesce(c.customer_tenant_id, ''))) is null end`.as('submit_locked'))
      .forUpdate();
  }
  const row = await q.executeTakeFirst();
  const claim = readableClaimRef(actor, row);
  return { claim, fields: claimFieldsFrom(row!) };
}
