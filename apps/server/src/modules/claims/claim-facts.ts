import { OPEN_CLAIM_STATUSES } from '@associa/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/client';

/** The caller's location as the location rule needs it: its MPN ID and every program it is enrolled in. */
export type LocationFacts = { id: string; mpnId: string; enrolled: string[] };

/** A directory tenant with its verified domains and (for deadlines) its calendar. */
export type TenantFacts = { tenantId: string; name: string; country: string; timeZone: string; domains: string[] };

/** One of the tenant's subscriptions to a product on the claim's lines. */
export type SubscriptionFacts = { id: string; productCode: string; state: string; channel: string; startDate: string; endDate: string | null };

/** A key the caller holds (`active`: its association) or targets with another open claim. */
export type HeldKey = { program: string; productCode: string; subscriptionId: string | null; active: boolean };

/** A stored line of the claim, when the facts read the claim's own lines. */
export type StoredLine = { id: string; productCode: string; subscriptionId: string | null; chosen: 'PARTNER' | 'AUTOMATIC' | null };

/** The durations of one claimable program, which deadlines are computed from. */
export type ProgramDurations = {
  review_business_days: number | null;
  response_business_days: number | null;
  dispute_days: number | null;
  consent_business_days: number | null;
  expiry_notice_days: number | null;
};

/** Everything the entry checks read from the database, fetched at once. */
export type ClaimFacts = {
  location: LocationFacts | null;
  tenant: TenantFacts | null;
  subscriptions: SubscriptionFacts[];
  held: HeldKey[];
  /** The claim's stored lines in order (only when read `ofClaim`). */
  storedLines: StoredLine[] | null;
  /** The claim's proof-of-execution count (only when read `ofClaim`). */
  documentCount: number | null;
  /** The durations of the claimable programs among `programCodes` (only `withDeadlines`). */
  programDurations: ProgramDurations[] | null;
};

/** What the facts are read for: already normalised ids (null when malformed) and the claim's programs. */
export type ClaimFactsQuery = {
  organisationId: string;
  locationId: string | null;
  tenantId: string | null;
  programCodes: string[];
  /** The lines of a body, or `ofClaim` to read the stored claim's lines (and documents) in the same statement. */
  lines: { productCode: string; subscriptionId?: string }[] | 'ofClaim';
  /** The claim being checked: its own lines never count as a held key. */
  claimId: string | null;
  withDeadlines?: boolean;
};

/**
 * Reads the facts of every entry check in ONE statement, so a validation costs one round trip
 * whatever the claim holds. The held keys are a superset (every open claim of the caller on the
 * tenant touching one of the products or subscriptions); the rules pick the exact matches.
 */
export async function loadClaimFacts(db: Db, q: ClaimFactsQuery): Promise<ClaimFacts> {
  const fromClaim = q.lines === 'ofClaim';
  if (fromClaim && !q.claimId) throw new Error('loadClaimFacts: lines ofClaim needs a claimId');
  const bodyLines = q.lines === 'ofClaim' ? [] : q.lines;
  const products = [...new Set(bodyLines.map((l) => l.productCode))];
  const subscriptions = [...new Set(bodyLines.flatMap((l) => (l.subscriptionId ? [l.subscriptionId, l.subscriptionId.toLowerCase()] : [])))];
  const tenant = sql`${q.tenantId}::uuid`;
  const claim = sql`${q.claimId}::uuid`;
  const codes = sql`${q.programCodes}::text[]`;
  const row = await sql<{
    location: LocationFacts | null;
    tenant: TenantFacts | null;
    subscriptions: SubscriptionFacts[];
    held: HeldKey[];
    stored_lines: StoredLine[] | null;
    document_count: number | null;
    program_durations: ProgramDurations[] | null;
  }>`
    with stored as (
      select l.id, l.position, l.product_code, l.subscription_id, l.subscription_chosen from claim_lines l
      where ${fromClaim}::boolean and l.claim_id = ${claim}
    ), wanted as (
      select case when ${fromClaim}::boolean then array(select product_code from stored) else ${products}::text[] end as products,
             case when ${fromClaim}::boolean then array(select subscription_id from stored where subscription_id is not null) else ${subscriptions}::text[] end as subscriptions
    )
    select
      (select json_build_object('id', l.id, 'mpnId', l.mpn_id, 'enrolled', array(select e.program_code from location_enrolments e where e.location_id = l.id))
         from partner_locations l where l.id = ${q.locationId}::uuid and l.organisation_id = ${q.organisationId}::uuid) as location,
      (select json_build_object('tenantId', t.tenant_id, 'name', t.name, 'country', t.country, 'timeZone', t.time_zone,
                                'domains', array(select d.domain from tenant_domains d where d.tenant_id = t.tenant_id))
         from customer_tenants t where t.tenant_id = ${tenant}) as tenant,
      (select coalesce(json_agg(json_build_object('id', s.id, 'productCode', s.product_code, 'state', s.state, 'channel', s.channel,
                                                  'startDate', s.start_date, 'endDate', s.end_date) order by s.id), '[]')
         from subscriptions s, wanted w where s.tenant_id = ${tenant} and s.product_code = any(w.products)) as subscriptions,
      (select coalesce(json_agg(json_build_object('program', k.program, 'productCode', k.product_code, 'subscriptionId', k.subscription_id, 'active', k.active)), '[]')
         from (
           -- Keys targeted by another open claim of the caller, one row per key however many claims target it.
           select distinct cp.program, l.product_code, l.subscription_id, false as active
           from wanted w, claims c
           join claim_lines l on l.claim_id = c.id
           cross join lateral unnest(c.programs) cp (program)
           where c.organisation_id = ${q.organisationId}::uuid and c.tenant_id = ${tenant} and c.deleted_at is null
             and c.status = any(${[...OPEN_CLAIM_STATUSES]}::text[]) and c.programs && ${codes}
             and (${claim} is null or c.id <> ${claim})
             and (l.product_code = any(w.products) or l.subscription_id = any(w.subscriptions)
                  or l.subscription_id in (select s.id::text from subscriptions s where s.tenant_id = ${tenant} and s.product_code = any(w.products)))
           union all
           -- Keys the caller holds now: its active associations.
           select a.program_code, a.product_code, a.subscription_id::text, true
           from associations a
           where a.organisation_id = ${q.organisationId}::uuid and a.tenant_id = ${tenant} and a.status = 'ACTIVE' and a.program_code = any(${codes})
         ) k) as held,
      (select json_agg(json_build_object('id', s.id, 'productCode', s.product_code, 'subscriptionId', s.subscription_id, 'chosen', s.subscription_chosen) order by s.position)
         from stored s) as stored_lines,
      case when ${fromClaim}::boolean then (select count(*)::int from claim_documents d where d.claim_id = ${claim}) end as document_count,
      case when ${q.withDeadlines ?? false}::boolean then (
        select coalesce(json_agg(json_build_object('review_business_days', p.review_business_days, 'response_business_days', p.response_business_days,
                                                   'dispute_days', p.dispute_days, 'consent_business_days', p.consent_business_days,
                                                   'expiry_notice_days', p.expiry_notice_days)), '[]')
        from programs p where p.code = any(${codes}) and p.is_claimable) end as program_durations`.execute(db);
  const r = row.rows[0]!;
  return {
    location: r.location,
    tenant: r.tenant,
    subscriptions: r.subscriptions,
    held: r.held,
    storedLines: fromClaim ? (r.stored_lines ?? []) : null,
    documentCount: r.document_count,
    programDurations: r.program_durations,
  };
}
