import { type Kysely, sql } from 'kysely';

/*
 * Deadlines and closings in bulk (issue 15), without changing what is written:
 * - The sweep's "review past its target, not yet flagged" query had no index that matches it: on a
 *   big database it read every claim (a parallel Seq Scan, 0.6 s at 1M claims, every minute).
 * - Events of claim history and of started associations are written per statement instead of per
 *   row: one set-based insert of the `events` rows of all the statement's rows (same payloads as
 *   0014, same order: by history id, a consent answer before its status change), reading the claim,
 *   partner and location with one join instead of a query per row. Deliveries and their jobs are
 *   made as before (one per enabled endpoint that wants the event, in event order), and only when
 *   an endpoint exists. Replaces the row triggers of 0014 for INSERT; the association-ended update
 *   trigger stays as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create index claims_review_unflagged_idx on claims (review_due_at) where status in ('UNDER_REVIEW', 'DISPUTED') and review_late_at is null;

-- The deliveries (and their jobs) of events just written, for every enabled endpoint that wants them.
create function associa_deliver_events(p_ids bigint[]) returns void language plpgsql as $$
declare
  d record;
begin
  if not exists (select 1 from webhook_endpoints where enabled) then return; end if;
  for d in
    insert into webhook_deliveries (endpoint_id, event_id, event_type, created_at, next_attempt_at, job_run_at)
    select e.id, v.id, v.type, v.occurred_at, v.occurred_at, now()
    from events v join webhook_endpoints e
      on e.enabled and v.type = any (e.event_types) and (e.vendor_wide or e.organisation_id = v.partner_organisation_id)
    where v.id = any (p_ids)
    order by v.id, e.id
    returning id, endpoint_id
  loop
    perform graphile_worker.add_job('deliver-webhook', json_build_object('deliveryId', d.id),
      queue_name => 'webhook:' || d.endpoint_id, max_attempts => 25, job_key => 'webhook-delivery:' || d.id);
  end loop;
end $$;

create function associa_claim_events_emit() returns trigger language plpgsql as $$
declare
  v_ids bigint[];
begin
  if not exists (select 1 from new_events where type = 'STATUS_CHANGED') then return null; end if;
  with s as (
    select n.id, n.claim_id, n.occurred_at, n.actor_type, n.actor_name, n.data ->> 'to' as to_status, n.data,
           c.organisation_id, c.programs,
           jsonb_build_object(
             'claimId', c.id, 'claimName', c.name, 'organisationId', c.organisation_id, 'organisationName', o.name,
             'locationId', c.location_id, 'mpnId', l.mpn_id, 'tenantId', coalesce(c.tenant_id::text, c.customer_tenant_id),
             'customerDomain', c.customer_domain, 'customerName', c.customer_name) as ref
    from new_events n
    join claims c on c.id = n.claim_id join organisations o on o.id = c.organisation_id join partner_locations l on l.id = c.location_id
    where n.type = 'STATUS_CHANGED'
  ),
  emitted as (
    -- A customer's answer through its link comes before the status change it causes.
    select s.id, 1 as k, 'consent.answered' as type, s.occurred_at, s.organisation_id, s.claim_id, s.ref || jsonb_build_object(
      'answer', case when s.to_status = 'ACTIVE' then 'CONFIRMED' else 'OPTED_OUT' end,
      'status', s.to_status, 'contactName', s.actor_name,
      'message', case when s.to_status = 'DECLINED' then s.data ->> 'message' end) as data
    from s where s.actor_type = 'CUSTOMER' and s.data ->> 'from' = 'CUSTOMER_CONSENT' and s.to_status in ('ACTIVE', 'DECLINED')
    union all
    select s.id, 2, 'claim.status_changed', s.occurred_at, s.organisation_id, s.claim_id, s.ref || jsonb_build_object(
      'from', s.data ->> 'from', 'to', s.to_status, 'reason', s.data ->> 'reason', 'message', s.data ->> 'message',
      'programs', to_jsonb(s.programs),
      'actor', jsonb_build_object('type', s.actor_type, 'name', s.actor_name))
    from s
  ),
  ins as (
    insert into events (type, occurred_at, partner_organisation_id, claim_id, association_id, import_id, data)
    select r.type, r.occurred_at, r.organisation_id, r.claim_id, null, null, r.data from emitted r order by r.id, r.k
    returning id)
  select array_agg(id) into v_ids from ins;
  if v_ids is not null then perform associa_deliver_events(v_ids); end if;
  return null;
end $$;
drop trigger claim_events_emit on claim_events;
create trigger claim_events_emit after insert on claim_events
  referencing new table as new_events for each statement execute function associa_claim_events_emit();

create function associa_associations_started_emit() returns trigger language plpgsql as $$
declare
  v_ids bigint[];
begin
  with ins as (
    insert into events (type, occurred_at, partner_organisation_id, claim_id, association_id, import_id, data)
    select 'association.started', a.started_at, a.organisation_id, a.claim_id, a.id, null,
           jsonb_build_object(
             'claimId', c.id, 'claimName', c.name, 'organisationId', c.organisation_id, 'organisationName', o.name,
             'locationId', c.location_id, 'mpnId', l.mpn_id, 'tenantId', coalesce(c.tenant_id::text, c.customer_tenant_id),
             'customerDomain', c.customer_domain, 'customerName', c.customer_name)
           || jsonb_build_object(
             'associationId', a.id, 'locationId', a.location_id, 'organisationId', a.organisation_id,
             'program', a.program_code, 'exclusivityUnit', a.exclusivity_unit, 'exclusivityKey', a.exclusivity_key,
             'productCode', a.product_code, 'subscriptionId', a.subscription_id::text, 'tenantId', a.tenant_id::text,
             'startedAt', associa_iso(a.started_at))
    -- In the order the statement wrote the rows (the transition table is read in that order).
    from (select x.*, row_number() over () as rn from new_associations x) a
    join claims c on c.id = a.claim_id join organisations o on o.id = c.organisation_id join partner_locations l on l.id = c.location_id
    order by a.rn
    returning id)
  select array_agg(id) into v_ids from ins;
  if v_ids is not null then perform associa_deliver_events(v_ids); end if;
  return null;
end $$;
drop trigger associations_emit_started on associations;
create trigger associations_emit_started after insert on associations
  referencing new table as new_associations for each statement execute function associa_associations_started_emit();
`,
    )
    .execute(db);
}
