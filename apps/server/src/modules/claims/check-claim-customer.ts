import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { TenantFacts } from './claim-facts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The directory tenant id the facts are read for: the partner's tenant ID normalised, or null when it is no GUID. */
export const tenantIdToRead = (tenantId: string | undefined | null): string | null =>
  tenantId && GUID.test(tenantId.trim()) ? tenantId.trim().toLowerCase() : null;

/**
 * Checks the tenant the partner named (`tenant`: the directory row of that id, or null) and that
 * the domain is one of its verified domains. The message may name the tenant the partner
 * identified, never the tenant that owns the domain. Consent goes to the customer: each customer
 * contact's address must be at one of those domains (or a subdomain of one), so a partner can't
 * name itself and confirm its own claim.
 */
export function checkClaimCustomer({
  domain,
  tenantId,
  tenant,
  contacts = [],
  message,
}: {
  domain: string | undefined;
  tenantId: string | undefined;
  tenant: TenantFacts | null;
  contacts?: { path: string; email: string | undefined }[];
  message: (code: ReasonCode, extra?: string) => string;
}): { problems: ErrorDetail[]; tenant: { tenantId: string; name: string } | null } {
  if (!tenantIdToRead(tenantId)) return { problems: [], tenant: null };
  if (!tenant) {
    return { problems: [{ path: 'customer.tenantId', code: 'TENANT_UNKNOWN', message: message('TENANT_UNKNOWN') }], tenant: null };
  }
  const problems: ErrorDetail[] = [];
  const { domains } = tenant;
  const d = domain?.trim().toLowerCase();
  if (d && !domains.includes(d)) {
    problems.push({ path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH', message: message('DOMAIN_TENANT_MISMATCH', `${d} is not a verified domain of ${tenant.name}.`) });
  }
  for (const { path, email } of contacts) {
    const at = email?.trim().toLowerCase().split('@');
    if (!at || at.length !== 2 || !at[1]) continue; // the schema reports a malformed address
    const host = at[1];
    if (!domains.some((v) => host === v || host.endsWith(`.${v}`))) {
      problems.push({ path, code: 'CONTACT_DOMAIN_NOT_TENANT', message: message('CONTACT_DOMAIN_NOT_TENANT', `${host} is not a domain of ${tenant.name}.`) });
    }
  }
  return { problems, tenant: { tenantId: tenant.tenantId, name: tenant.name } };
}
