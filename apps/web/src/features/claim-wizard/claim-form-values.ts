import type { Activity, Claim, SolutionArea, UpdateClaimRequest } from '@associa/contracts';

/** Business Applications takes usage and/or pre-sales, or a revenue association alone. */
export type ActivityMode = 'USAGE_PRESALES' | 'REVENUE';

/** Everything the wizard edits, as plain strings the inputs hold (empty means not filled in). */
export type ClaimFormValues = {
  locationId: string;
  customer: { domain: string; tenantId: string };
  solutionArea: SolutionArea | '';
  activityMode: ActivityMode;
  activities: Activity[];
  name: string;
  revenue: { sellerName: string; customerName: string; isvSolutionName: string };
  lines: { productCode: string; subscriptionId: string }[];
  customerContact: { name: string; title: string; email: string };
  customerTechnicalContact: { name: string; title: string; email: string };
  partnerContact: { name: string; email: string };
  comments: string;
};

/** A new claim's starting values; a partner with one location gets it preselected. */
export function emptyClaimFormValues(locationId = ''): ClaimFormValues {
  return {
    locationId,
    customer: { domain: '', tenantId: '' },
    solutionArea: '',
    activityMode: 'USAGE_PRESALES',
    activities: [],
    name: '',
    revenue: { sellerName: '', customerName: '', isvSolutionName: '' },
    lines: [],
    customerContact: { name: '', title: '', email: '' },
    customerTechnicalContact: { name: '', title: '', email: '' },
    partnerContact: { name: '', email: '' },
    comments: '',
  };
}

/** A saved draft's values, to reopen it where it was left. */
export function claimToFormValues(claim: Claim): ClaimFormValues {
  const empty = emptyClaimFormValues(claim.locationId);
  const isRevenue = claim.activities.includes('REVENUE');
  return {
    ...empty,
    customer: { domain: claim.customer.domain ?? '', tenantId: claim.customer.tenantId ?? '' },
    solutionArea: claim.solutionArea ?? '',
    activityMode: isRevenue ? 'REVENUE' : 'USAGE_PRESALES',
    activities: claim.activities.filter((activity) => activity !== 'REVENUE'),
    name: claim.name ?? '',
    revenue: { ...empty.revenue, ...claim.revenue },
    lines: claim.lines.map((line) => ({ productCode: line.productCode, subscriptionId: line.subscriptionId ?? '' })),
    customerContact: { ...empty.customerContact, ...claim.customerContact },
    customerTechnicalContact: { ...empty.customerTechnicalContact, ...claim.customerTechnicalContact },
    partnerContact: { ...empty.partnerContact, ...claim.partnerContact },
    comments: claim.comments ?? '',
  };
}

/** True for a Business Applications revenue association, which asks for the revenue details. */
export function isRevenueClaim(values: ClaimFormValues): boolean {
  return values.solutionArea === 'BUSINESS_APPLICATIONS' && values.activityMode === 'REVENUE';
}

/** The activities the claim is for, after the mode choice (revenue stands alone). */
export function effectiveActivities(values: ClaimFormValues): Activity[] {
  if (isRevenueClaim(values)) return ['REVENUE'];
  return values.activities.filter((activity) => activity !== 'REVENUE');
}

const filledOrNull = <T extends Record<string, string>>(group: T): Partial<T> | null => {
  const filled = Object.fromEntries(Object.entries(group).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== ''));
  return Object.keys(filled).length ? (filled as Partial<T>) : null;
};

/** The whole draft as `PATCH /claims/{id}` takes it: blanks left out, empty groups and fields that don't apply cleared. */
export function formValuesToDraft(values: ClaimFormValues): UpdateClaimRequest {
  const activities = effectiveActivities(values);
  const isBusinessApplications = values.solutionArea === 'BUSINESS_APPLICATIONS';
  return {
    locationId: values.locationId || undefined,
    customer: filledOrNull(values.customer),
    solutionArea: values.solutionArea || null,
    activities: activities.length ? activities : null,
    name: values.name.trim() || null,
    revenue: isRevenueClaim(values) ? filledOrNull(values.revenue) : null,
    lines: values.lines.length
      ? values.lines.map(({ productCode, subscriptionId }) => (subscriptionId ? { productCode, subscriptionId } : { productCode }))
      : null,
    customerContact: filledOrNull(values.customerContact),
    customerTechnicalContact: isBusinessApplications ? filledOrNull(values.customerTechnicalContact) : null,
    partnerContact: filledOrNull(values.partnerContact),
    comments: values.comments.trim() || null,
  };
}

/** Only the fields that differ from what was last saved, so a save sends (and the history names) just those. */
export function changedDraftFields(saved: UpdateClaimRequest, next: UpdateClaimRequest): UpdateClaimRequest {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify(saved[key as keyof UpdateClaimRequest])) changed[key] = value;
  }
  return changed as UpdateClaimRequest;
}
