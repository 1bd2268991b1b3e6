import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { Db } from '../../db/client';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the tenant the partner named and checks the domain is one of its verified domains. The
 * message may name the tenant the partner identified, never the tenant that owns the domain.
 */
export async function checkClaimCustomer({
  db,
  domain,
  tenantId,
  message,
}: {
  db: Db;
  domain: string | undefined;
  tenantId: string | undefined;
  message: (code: ReasonCode, extra?: string) => string;
}): Promise<{ problems: ErrorDetail[]; tenant: { tenantId: string; name: string } | null }> {
  if (!tenantId || !GUID.test(tenantId.trim())) return { problems: [], tenant: null };
  const id = tenantId.trim().toLowerCase();
  const tenant = await db.selectFrom('customer_tenants').select(['tenant_id', 'name']).where('tenant_id', '=', id).executeTakeFirst();
  if (!tenant) {
    return { problems: [{ path: 'customer.tenantId', code: 'TENANT_UNKNOWN', message: message('TENANT_UNKNOWN') }], tenant: null };
  }
  const problems: ErrorDetail[] = [];
  const d = domain?.trim().toLowerCase();
  if (d) {
    const owner = await db.selectFrom('tenant_domains').select('tenant_id').where('domain', '=', d).executeTakeFirst();
    if (owner?.tenant_id !== tenant.tenant_id) {
      problems.push({ path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH', message: message('DOMAIN_TENANT_MISMATCH', `${d} is not a verified domain of ${tenant.name}.`) });
    }
  }
  return { problems, tenant: { tenantId: tenant.tenant_id, name: tenant.name } };
}
