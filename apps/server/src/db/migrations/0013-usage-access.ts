import { type Kysely, sql } from 'kysely';

/**
 * Usage access: the log of every read of usage data (one entry per read, with the keys and months
 * it returned), and customer links scoped to one tenant (the customer page) beside the claim links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
create table usage_access_log (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid references users (id),
  actor_name text not null,
  channel text not null check (channel in ('WEB', 'API')),
  kind text not null check (kind in ('LIST', 'EXPORT', 'ASSOCIATION')),
  at timestamptz not null
);
create index usage_access_log_at_idx on usage_access_log (at desc, id desc);
create index usage_access_log_org_at_idx on usage_access_log (organisation_id, at desc, id desc);

-- What one read returned, per key; the customer page reads its tenant's rows only, never the
-- other tenants a partner's list page showed in the same read.
create table usage_access_keys (
  access_id uuid not null references usage_access_log (id) on delete cascade,
  tenant_id uuid not null,
  product_code text not null,
  subscription_id uuid,
  months date[] not null
);
create index usage_access_keys_access_idx on usage_access_keys (access_id);
create index usage_access_keys_tenant_idx on usage_access_keys (tenant_id, access_id);

-- The partner's usage list reads through its active associations.
create index associations_active_org_tenant_idx on associations (organisation_id, tenant_id, product_code) where status = 'ACTIVE';

-- A customer page link belongs to one tenant, not to a claim.
alter table customer_links
  alter column claim_id drop not null,
  add column tenant_id uuid references customer_tenants (tenant_id),
  drop constraint customer_links_purpose_check,
  add constraint customer_links_purpose_check check (purpose in ('CONSENT', 'REVOKE', 'TENANT')),
  add constraint customer_links_scope_check check (case when purpose = 'TENANT' then tenant_id is not null and claim_id is null else claim_id is not null end);

alter table outbound_emails drop constraint outbound_emails_link_purpose_check;
alter table outbound_emails
  add constraint outbound_emails_link_purpose_check check (link_purpose in ('CONSENT', 'REVOKE', 'INVITATION', 'PASSWORD_RESET', 'TENANT'));
`,
    )
    .execute(db);
}
