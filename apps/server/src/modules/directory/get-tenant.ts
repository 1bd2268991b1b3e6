import type { Tenant } from '@associa/contracts';
import type { Db } from '../../db/client';
import { notFound } from '../../lib/errors';

/** One customer tenant with its domains and subscriptions; NOT_FOUND when unknown. */
export async function getTenant({ db, tenantId }: { db: Db; tenantId: string }): Promise<Tenant> {
  const id = tenantId.toLowerCase();
  const tenant = await db.selectFrom('customer_tenants').selectAll().where('tenant_id', '=', id).executeTakeFirst();
  if (!tenant) throw notFound('The customer tenant');
  const [domains, subscriptions] = await Promise.all([
    db.selectFrom('tenant_domains').select('domain').where('tenant_id', '=', id).orderBy('is_initial', 'desc').orderBy('domain').execute(),
    db.selectFrom('subscriptions').selectAll().where('tenant_id', '=', id).orderBy('product_code').orderBy('start_date').orderBy('id').execute(),
  ]);
  return {
    tenantId: tenant.tenant_id,
    name: tenant.name,
    country: tenant.country,
    timeZone: tenant.time_zone,
    domains: domains.map((d) => d.domain),
    subscriptions: subscriptions.map((s) => ({
      id: s.id,
      productCode: s.product_code,
      channel: s.channel,
      state: s.state,
      startDate: s.start_date,
      endDate: s.end_date,
    })),
  };
}
