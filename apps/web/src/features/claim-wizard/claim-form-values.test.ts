import type { Claim } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { changedDraftFields, claimToFormValues, emptyClaimFormValues, formValuesToDraft } from './claim-form-values';

const LOCATION = '5a80c4a5-d83b-5b8d-a060-1546e1d1be41';

describe('claim form values', () => {
  it('sends blanks as missing and clears the fields that do not apply', () => {
    const values = {
      ...emptyClaimFormValues(LOCATION),
      customer: { domain: ' contoso.nl ', tenantId: '' },
      solutionArea: 'MICROSOFT_365' as const,
      activityMode: 'REVENUE' as const,
      activities: ['USAGE' as const],
      revenue: { sellerName: 'Ann', customerName: '', isvSolutionName: '' },
      customerTechnicalContact: { name: 'Tess', title: '', email: '' },
    };
    const draft = formValuesToDraft(values);
    expect(draft.customer).toEqual({ domain: 'contoso.nl' });
    expect(draft.activities).toEqual(['USAGE']); // revenue is for Business Applications only
    expect(draft.revenue).toBeNull();
    expect(draft.customerTechnicalContact).toBeNull();
    expect(draft.name).toBeNull();
    expect(draft.lines).toBeNull();
  });

  it('makes a Business Applications revenue association stand alone', () => {
    const draft = formValuesToDraft({
      ...emptyClaimFormValues(LOCATION),
      solutionArea: 'BUSINESS_APPLICATIONS',
      activityMode: 'REVENUE',
      activities: ['USAGE', 'PRE_SALES'],
      revenue: { sellerName: 'Ann', customerName: 'Contoso', isvSolutionName: 'Sales Boost' },
      lines: [{ productCode: 'DYNAMICS_365_SALES', subscriptionId: '' }],
    });
    expect(draft.activities).toEqual(['REVENUE']);
    expect(draft.revenue).toEqual({ sellerName: 'Ann', customerName: 'Contoso', isvSolutionName: 'Sales Boost' });
    expect(draft.lines).toEqual([{ productCode: 'DYNAMICS_365_SALES' }]);
  });

  it('sends only what changed since the last save', () => {
    const before = emptyClaimFormValues(LOCATION);
    const after = { ...before, name: 'Contoso Teams rollout', partnerContact: { name: 'Nina', email: '' } };
    expect(changedDraftFields(formValuesToDraft(before), formValuesToDraft(after))).toEqual({
      name: 'Contoso Teams rollout',
      partnerContact: { name: 'Nina' },
    });
  });

  it('reopens a saved draft with its values', () => {
    const claim = {
      locationId: LOCATION,
      customer: { domain: 'contoso.nl', tenantId: null, name: null },
      solutionArea: 'BUSINESS_APPLICATIONS',
      activities: ['REVENUE'],
      name: null,
      revenue: { sellerName: 'Ann' },
      lines: [{ productCode: 'POWER_BI_PRO', productName: 'Power BI Pro', subscriptionId: null, subscriptionChosen: null }],
      customerContact: null,
      customerTechnicalContact: null,
      partnerContact: { email: 'nina@northwind.example' },
      comments: null,
    } as unknown as Claim;
    const values = claimToFormValues(claim);
    expect(values.activityMode).toBe('REVENUE');
    expect(values.activities).toEqual([]);
    expect(values.revenue).toEqual({ sellerName: 'Ann', customerName: '', isvSolutionName: '' });
    expect(values.lines).toEqual([{ productCode: 'POWER_BI_PRO', subscriptionId: '' }]);
    expect(values.partnerContact).toEqual({ name: '', email: 'nina@northwind.example' });
    expect(values.customer.tenantId).toBe('');
  });
});
