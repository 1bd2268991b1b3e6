import type { Activity, ConsentView, ConsentOutcome, ProgramCode, SolutionArea } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { assertNotExpired, type CustomerLink, findCustomerLink, linkContactName } from './find-customer-link';

/** What the customer sees behind a link: the claim's summary and whether they may still act. */
export async function getConsentView({ db, token, now }: { db: Kysely<Database>; token: string; now: Date }): Promise<ConsentView> {
  const link = await findCustomerLink(db, token);
  assertNotExpired(link, now);
  return presentConsentView(db, link);
}

/** Builds the view for a link already found (after an action, in the same transaction). */
export async function presentConsentView(db: Kysely<Database>, link: CustomerLink): Promise<ConsentView> {
  const claim = await db
    .selectFrom('claims as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .innerJoin('partner_locations as pl', 'pl.id', 'c.location_id')
    .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
    .select(['c.status', 'c.consent_outcome', 'c.consent_closes_at', 'c.customer_name', 'c.customer_domain', 'c.tenant_id', 'c.solution_area', 'c.activities', 'c.programs', 'o.name as partner_name', 'pl.name as location_name', 't.name as tenant_name', 't.time_zone'])
    .where('c.id', '=', link.claim_id)
    .executeTakeFirstOrThrow();
  const lines = await db
    .selectFrom('claim_lines as l')
    .leftJoin('products as p', 'p.code', 'l.product_code')
    .select(['l.product_code', 'l.subscription_id', 'p.name'])
    .where('l.claim_id', '=', link.claim_id)
    .orderBy('l.position')
    .execute();
  const started = await db.selectFrom('associations').select((eb) => eb.fn.min('started_at').as('at')).where('claim_id', '=', link.claim_id).executeTakeFirst();
  let state: ConsentView['state'] = 'ANSWERED';
  let outcome: ConsentOutcome | null = null;
  if (link.purpose === 'CONSENT') {
    if (claim.status === 'CUSTOMER_CONSENT') state = 'OPEN';
    else outcome = claim.consent_outcome ?? 'CLOSED';
  } else {
    const active = await db.selectFrom('associations').select('id').where('claim_id', '=', link.claim_id).where('status', '=', 'ACTIVE').executeTakeFirst();
    if (active) state = 'OPEN';
    else outcome = link.used_action === 'REVOKED' || (await revokedByCustomer(db, link.claim_id)) ? 'REVOKED' : 'CLOSED';
  }
  return {
    purpose: link.purpose,
    state,
    outcome,
    partnerName: claim.partner_name,
    locationName: claim.location_name,
    customer: { name: claim.customer_name ?? claim.tenant_name, domain: claim.customer_domain, tenantId: claim.tenant_id },
    solutionArea: claim.solution_area as SolutionArea | null,
    activities: claim.activities as Activity[],
    programs: claim.programs as ProgramCode[],
    lines: lines.map((l) => ({ productCode: l.product_code, productName: l.name, subscriptionId: l.subscription_id })),
    closesAt: claim.consent_closes_at?.toISOString() ?? null,
    associationStartedAt: started?.at ? new Date(started.at as Date).toISOString() : null,
    timeZone: claim.time_zone,
    contactName: await linkContactName(db, link),
    locale: link.locale,
  };
}

async function revokedByCustomer(db: Kysely<Database>, claimId: string): Promise<boolean> {
  const row = await db.selectFrom('associations').select('id').where('claim_id', '=', claimId).where('end_reason', '=', 'CUSTOMER_REVOKED').executeTakeFirst();
  return !!row;
}
