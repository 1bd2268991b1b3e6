import { type Kysely, sql } from 'kysely';

/**
 * Running a real program: partner organisations with a country and a status, invitations,
 * password resets, and the append-only audit log of every administrative action.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
alter table organisations
  add column country char(2) check (country ~ '^[A-Z]{2}$'),
  add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
  add column updated_at timestamptz not null default now();
-- The vendor is never suspended: suspension is a partner's state.
alter table organisations add constraint organisations_vendor_active check (kind = 'PARTNER' or status = 'ACTIVE');
create index organisations_partner_name_idx on organisations (lower(name), id) where kind = 'PARTNER';

alter table partner_locations add column updated_at timestamptz not null default now();

alter table users
  add column updated_at timestamptz not null default now(),
  add column password_changed_at timestamptz;

-- A role fits its organisation: vendor roles in the vendor, partner roles in partners.
create function users_role_fits_organisation() returns trigger language plpgsql as $$
declare org_kind text;
begin
  select kind into org_kind from organisations where id = new.organisation_id;
  if (org_kind = 'VENDOR' and new.role not in ('REVIEWER', 'PROGRAM_ADMIN'))
     or (org_kind = 'PARTNER' and new.role not in ('PARTNER_ADMIN', 'PARTNER_USER')) then
    raise exception 'role % does not fit a % organisation', new.role, org_kind using errcode = 'check_violation';
  end if;
  return new;
end;
$$;
create trigger users_role_fits_organisation before insert or update of role, organisation_id on users
  for each row execute function users_role_fits_organisation();

create table invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  email text not null check (email = lower(email) and length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 200),
  role text not null check (role in ('PARTNER_ADMIN', 'PARTNER_USER', 'REVIEWER', 'PROGRAM_ADMIN')),
  locale text not null default 'en' check (locale in ('en', 'nl')),
  -- The hash of the one link that works; a resend replaces it, so an older e-mail's link stops.
  token_hash text unique,
  invited_by uuid references users (id),
  invited_by_name text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_sent_at timestamptz,
  send_count int not null default 0,
  accepted_at timestamptz,
  accepted_user_id uuid references users (id),
  revoked_at timestamptz,
  check (not (accepted_at is not null and revoked_at is not null))
);
-- One pending invitation per address; accepted and revoked ones stay as the record.
create unique index invitations_pending_email_key on invitations (email) where accepted_at is null and revoked_at is null;
create index invitations_organisation_idx on invitations (organisation_id, created_at desc);
create trigger invitations_role_fits_organisation before insert or update of role, organisation_id on invitations
  for each row execute function users_role_fits_organisation();

create table password_resets (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  token_hash text unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  requested_ip text
);
create index password_resets_user_idx on password_resets (user_id, created_at desc);

-- Account e-mails carry a link made when the message is sent, like the customer's consent links.
alter table outbound_emails drop constraint outbound_emails_link_purpose_check;
alter table outbound_emails
  add constraint outbound_emails_link_purpose_check check (link_purpose in ('CONSENT', 'REVOKE', 'INVITATION', 'PASSWORD_RESET')),
  add column link_ref uuid;

create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor_type text not null check (actor_type in ('USER', 'TOKEN', 'SYSTEM', 'CLI', 'ANONYMOUS')),
  actor_user_id uuid references users (id),
  actor_name text,
  actor_organisation_id uuid references organisations (id),
  action text not null check (action ~ '^[A-Z][A-Z_]{2,63}$'),
  target_type text not null check (target_type in ('ORGANISATION', 'LOCATION', 'USER', 'INVITATION', 'PASSWORD_RESET', 'API_TOKEN')),
  target_id text not null,
  target_label text,
  -- Whose object it is: a partner admin's own organisation's entries are found through this.
  target_organisation_id uuid references organisations (id),
  details jsonb not null default '{}',
  ip text
);
create index audit_log_occurred_idx on audit_log (occurred_at desc, id desc);
create index audit_log_target_organisation_idx on audit_log (target_organisation_id, occurred_at desc, id desc);
create index audit_log_actor_idx on audit_log (actor_user_id, occurred_at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
`,
    )
    .execute(db);
}
