import { type Kysely, sql } from 'kysely';

/**
 * Events and webhooks: one `events` row per claim status change, association start and end,
 * consent answer and finished import, written by triggers in the transaction that made the change
 * (so every writer, batch paths included, emits them); the endpoints partners and the vendor
 * register, one delivery per event and endpoint (queued in the same transaction) and its attempts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table events (
  id bigserial primary key,
  type text not null check (type in ('claim.status_changed', 'association.started', 'association.ended', 'consent.answered', 'import.finished')),
  occurred_at timestamptz not null,
  -- Whose object it is; null for the vendor's own (imports), which only vendor staff see.
  partner_organisation_id uuid references organisations (id),
  claim_id uuid,
  association_id uuid,
  import_id uuid,
  data jsonb not null,
  -- The writing transaction: the feed shows an event only once no transaction that could still
  -- commit an event with a smaller id is running (ids are taken in insert order, not commit order).
  txid xid8 not null default pg_current_xact_id()
);
create index events_org_idx on events (partner_organisation_id, id);
create index events_type_idx on events (type, id);
create index events_claim_idx on events (claim_id, id) where claim_id is not null;

create table webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  -- A vendor endpoint hears every organisation's events; a partner's only its own.
  vendor_wide boolean not null,
  url text not null check (length(url) between 1 and 2000),
  description text not null default '' check (length(description) <= 500),
  event_types text[] not null check (cardinality(event_types) > 0),
  enabled boolean not null default true,
  disabled_reason text check (disabled_reason in ('BY_USER', 'FAILING')),
  disabled_at timestamptz,
  failing_since timestamptz,
  -- Kept as is: signing needs the secret itself (HMAC), not a hash of it.
  secret text not null,
  previous_secret text,
  previous_secret_expires_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (enabled = (disabled_reason is null)),
  check ((previous_secret is null) = (previous_secret_expires_at is null))
);
create index webhook_endpoints_org_idx on webhook_endpoints (organisation_id, created_at);

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  endpoint_id uuid not null references webhook_endpoints (id) on delete cascade,
  event_id bigint references events (id),
  event_type text not null,
  -- Only test messages carry their own body; an event's body is built from the event.
  payload jsonb,
  status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempt_count int not null default 0,
  -- Failed attempts since the delivery was made or redelivered: the place in the retry schedule.
  retry_step int not null default 0,
  next_attempt_at timestamptz,
  -- When its queued job runs by the database's clock (the sweep brings it forward for a moved clock).
  job_run_at timestamptz,
  created_at timestamptz not null,
  delivered_at timestamptz,
  check ((event_id is null) = (payload is not null)),
  check ((status = 'PENDING') = (next_attempt_at is not null))
);
create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, created_at desc, id desc);
create index webhook_deliveries_pending_idx on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_event_idx on webhook_deliveries (event_id);

create table webhook_attempts (
  id bigserial primary key,
  delivery_id uuid not null references webhook_deliveries (id) on delete cascade,
  attempted_at timestamptz not null,
  status_code int,
  duration_ms int not null,
  error text,
  error_message text,
  response_excerpt text
);
create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, id);

-- An instant as the API writes it (UTC, milliseconds, Z), whatever the session's time zone.
create function associa_iso(at timestamptz) returns text language sql stable as $$
  select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- The claim part of an event's payload: who, where, which customer.
create function associa_claim_ref(p_claim_id uuid) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'claimId', c.id, 'claimName', c.name, 'organisationId', c.organisation_id, 'organisationName', o.name,
    'locationId', c.location_id, 'mpnId', l.mpn_id, 'tenantId', coalesce(c.tenant_id::text, c.customer_tenant_id),
    'customerDomain', c.customer_domain, 'customerName', c.customer_name)
  from claims c join organisations o on o.id = c.organisation_id join partner_locations l on l.id = c.location_id
  where c.id = p_claim_id
$$;

-- Appends one event and, for each enabled endpoint that wants it, a delivery and its job. Jobs of
-- one endpoint share a named queue, so the worker sends them one at a time, oldest first.
create function associa_emit_event(p_type text, p_at timestamptz, p_org uuid, p_claim uuid, p_association uuid, p_import uuid, p_data jsonb)
returns void language plpgsql as $$
declare
  v_event_id bigint;
  d record;
begin
  insert into events (type, occurred_at, partner_organisation_id, claim_id, association_id, import_id, data)
  values (p_type, p_at, p_org, p_claim, p_association, p_import, p_data)
  returning id into v_event_id;
  for d in
    insert into webhook_deliveries (endpoint_id, event_id, event_type, created_at, next_attempt_at, job_run_at)
    select e.id, v_event_id, p_type, p_at, p_at, now()
    from webhook_endpoints e
    where e.enabled and p_type = any (e.event_types) and (e.vendor_wide or e.organisation_id = p_org)
    order by e.id
    returning id, endpoint_id
  loop
    perform graphile_worker.add_job('deliver-webhook', json_build_object('deliveryId', d.id),
      queue_name => 'webhook:' || d.endpoint_id, max_attempts => 25, job_key => 'webhook-delivery:' || d.id);
  end loop;
end $$;

create function associa_claim_event_emit() returns trigger language plpgsql as $$
declare
  v_ref jsonb := associa_claim_ref(new.claim_id);
  v_to text := new.data ->> 'to';
  v_org uuid := (v_ref ->> 'organisationId')::uuid;
begin
  -- A customer's answer through its link comes before the status change it causes.
  if new.actor_type = 'CUSTOMER' and new.data ->> 'from' = 'CUSTOMER_CONSENT' and v_to in ('ACTIVE', 'DECLINED') then
    perform associa_emit_event('consent.answered', new.occurred_at, v_org, new.claim_id, null, null, v_ref || jsonb_build_object(
      'answer', case when v_to = 'ACTIVE' then 'CONFIRMED' else 'OPTED_OUT' end,
      'status', v_to, 'contactName', new.actor_name,
      'message', case when v_to = 'DECLINED' then new.data ->> 'message' end));
  end if;
  perform associa_emit_event('claim.status_changed', new.occurred_at, v_org, new.claim_id, null, null, v_ref || jsonb_build_object(
    'from', new.data ->> 'from', 'to', v_to, 'reason', new.data ->> 'reason', 'message', new.data ->> 'message',
    'programs', (select to_jsonb(programs) from claims where id = new.claim_id),
    'actor', jsonb_build_object('type', new.actor_type, 'name', new.actor_name)));
  return null;
end $$;
create trigger claim_events_emit after insert on claim_events
  for each row when (new.type = 'STATUS_CHANGED') execute function associa_claim_event_emit();

-- The association part of an event's payload.
create function associa_association_data(a associations) returns jsonb language sql stable as $$
  select associa_claim_ref(a.claim_id) || jsonb_build_object(
    'associationId', a.id, 'locationId', a.location_id, 'organisationId', a.organisation_id,
    'program', a.program_code, 'exclusivityUnit', a.exclusivity_unit, 'exclusivityKey', a.exclusivity_key,
    'productCode', a.product_code, 'subscriptionId', a.subscription_id::text, 'tenantId', a.tenant_id::text,
    'startedAt', associa_iso(a.started_at))
$$;

create function associa_association_emit() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform associa_emit_event('association.started', new.started_at, new.organisation_id, new.claim_id, new.id, null, associa_association_data(new));
  else
    -- No word of what superseded it: that is another partner's association.
    perform associa_emit_event('association.ended', new.ended_at, new.organisation_id, new.claim_id, new.id, null, associa_association_data(new) || jsonb_build_object(
      'endedAt', associa_iso(new.ended_at), 'reason', new.end_reason, 'message', new.end_message));
  end if;
  return null;
end $$;
create trigger associations_emit_started after insert on associations
  for each row execute function associa_association_emit();
create trigger associations_emit_ended after update of status on associations
  for each row when (old.status = 'ACTIVE' and new.status = 'ENDED') execute function associa_association_emit();

create function associa_import_emit() returns trigger language plpgsql as $$
begin
  perform associa_emit_event('import.finished', coalesce(new.finished_at, now()), null, null, null, new.id, jsonb_build_object(
    'importId', new.id, 'kind', new.kind, 'format', new.format, 'dryRun', new.dry_run, 'status', new.status,
    'fileName', new.file_name, 'rowsRead', new.rows_read, 'inserted', new.inserted, 'updated', new.updated,
    'unchanged', new.unchanged, 'rejected', new.rejected, 'failureCode', new.failure_code,
    'failureMessage', new.failure_message, 'startedAt', associa_iso(new.started_at), 'finishedAt', associa_iso(new.finished_at)));
  return null;
end $$;
create trigger imports_emit_finished after update of status on imports
  for each row when (new.status in ('SUCCEEDED', 'FAILED') and old.status is distinct from new.status) execute function associa_import_emit();
`,
    )
    .execute(db);
}
