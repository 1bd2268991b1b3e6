/**
 * The usage access rule (DESIGN.md section 7), as one pure module; `usage-access-sql.ts` is the
 * same rule as the SQL the usage reads run, and the tests hold the two to agree.
 *
 * A partner organisation reads a usage row only through an ACTIVE association of its own that
 * covers the row's key, and only for months from the association's start month (UTC) on:
 * - a workload-unit association (OSU_M365: program/tenant/workload) covers every row of that
 *   tenant and product, per subscription or not;
 * - a subscription-unit association (program/subscription) covers the rows of that tenant, product
 *   and subscription only. Rows of the product without a subscription are tenant-wide totals that
 *   include subscriptions other partners may hold, so a subscription holder does not see them.
 * Ended associations (any reason), other partners' associations and claims that never activated
 * (open, declined) give nothing. Vendor staff read every row.
 */

/** Who reads: vendor staff (everything) or a partner organisation (through its associations). */
export type UsageReader = { kind: 'VENDOR' } | { kind: 'PARTNER'; organisationId: string };

/** The key and month of one usage row; `month` is the first day of the month (YYYY-MM-DD). */
export type UsageRowKey = { tenantId: string; productCode: string; subscriptionId: string | null; month: string };

/** An association as the access rule reads it. */
export type AccessAssociation = {
  id: string;
  organisationId: string;
  programCode: string;
  status: 'ACTIVE' | 'ENDED';
  exclusivityUnit: 'WORKLOAD' | 'SUBSCRIPTION';
  tenantId: string;
  productCode: string;
  subscriptionId: string | null;
  startedAt: Date;
};

/** The first day (YYYY-MM-DD) of the UTC month an instant falls in: where an association's usage begins. */
export function startMonth(at: Date): string {
  return `${at.toISOString().slice(0, 7)}-01`;
}

/** Whether an association's key covers a usage row's key (whoever holds it, whatever its status). */
export function coversKey(a: AccessAssociation, row: Omit<UsageRowKey, 'month'>): boolean {
  if (!sameId(a.tenantId, row.tenantId) || a.productCode !== row.productCode) return false;
  if (a.exclusivityUnit === 'WORKLOAD') return true;
  return row.subscriptionId !== null && a.subscriptionId !== null && sameId(a.subscriptionId, row.subscriptionId);
}

/** The reader's associations that give it this row now (a partner's own, ACTIVE, covering, started by that month). */
export function grantingAssociations(reader: UsageReader, associations: AccessAssociation[], row: UsageRowKey): AccessAssociation[] {
  if (reader.kind !== 'PARTNER') return [];
  return associations.filter(
    (a) => a.organisationId === reader.organisationId && a.status === 'ACTIVE' && coversKey(a, row) && row.month >= startMonth(a.startedAt),
  );
}

/** Whether the reader may see this usage row, given every association there is. */
export function canReadUsage(reader: UsageReader, associations: AccessAssociation[], row: UsageRowKey): boolean {
  return reader.kind === 'VENDOR' || grantingAssociations(reader, associations, row).length > 0;
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
