import { Limits, type CustomerPage, type ProgramCode } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { accessKeys } from '../usage/list-usage-access-log';
import { findTenantLink, type TenantLink } from './tenant-links';

/** What the customer sees behind a tenant link: the partners holding its keys, and their reads of its usage. */
export async function getCustomerPage({ db, clock, token }: { db: Kysely<Database>; clock: Clock; token: string }): Promise<CustomerPage> {
  return presentCustomerPage(db, await findTenantLink(db, token, clock.now()));
}

/**
 * Builds the page for a link already found. Only this tenant's keys of each read are shown (a
 * partner's list page may have read other customers too), and only partners' reads: vendor staff
 * keep the directory, not the customer relationship.
 */
export async function presentCustomerPage(db: Kysely<Database>, link: TenantLink): Promise<CustomerPage> {
  const tenant = await db.selectFrom('customer_tenants').select(['tenant_id', 'name']).where('tenant_id', '=', link.tenant_id).executeTakeFirstOrThrow();
  const associations = await db
    .selectFrom('associations as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('products as p', 'p.code', 'a.product_code')
    .select(['a.id', 'o.name as partner_name', 'a.program_code', 'a.product_code', 'p.name as product_name', 'a.subscription_id', 'a.started_at'])
    .where('a.tenant_id', '=', link.tenant_id)
    .where('a.status', '=', 'ACTIVE')
    .orderBy('a.started_at')
    .orderBy('a.id')
    .execute();
  const entries = await db
    .selectFrom('usage_access_log as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.at', 'l.channel', 'o.name as organisation_name'])
    .where('o.kind', '=', 'PARTNER')
    .where((eb) => eb.exists(eb.selectFrom('usage_access_keys as k').select('k.access_id').whereRef('k.access_id', '=', 'l.id').where('k.tenant_id', '=', link.tenant_id)))
    .orderBy('l.at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(Limits.customerPageAccessEntries)
    .execute();
  const keys = await accessKeys(db, entries.map((e) => e.id), link.tenant_id);
  return {
    tenant: { tenantId: tenant.tenant_id, name: tenant.name },
    locale: link.locale,
    expiresAt: link.expires_at.toISOString(),
    associations: associations.map((a) => ({
      id: a.id,
      partnerName: a.partner_name,
      program: a.program_code as ProgramCode,
      productCode: a.product_code,
      productName: a.product_name,
      subscriptionId: a.subscription_id,
      startedAt: a.started_at.toISOString(),
    })),
    accessLog: entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      organisationName: e.organisation_name,
      channel: e.channel,
      keys: (keys.get(e.id) ?? []).map(({ tenantId: _t, ...k }) => k),
    })),
  };
}
