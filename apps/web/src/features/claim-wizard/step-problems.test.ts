import { describe, expect, it } from 'vitest';
import { emptyClaimFormValues, type ClaimFormValues } from './claim-form-values';
import { clientStepProblems } from './step-problems';

const LOCATION = '5a80c4a5-d83b-5b8d-a060-1546e1d1be41';
const base: ClaimFormValues = { ...emptyClaimFormValues(LOCATION), solutionArea: 'BUSINESS_APPLICATIONS', activities: ['USAGE'] };
const codesAt = (problems: { path: string; code: string }[]) => problems.map((problem) => `${problem.path}:${problem.code}`);

describe('clientStepProblems', () => {
  it('reports missing and malformed customer fields at their paths', () => {
    const problems = clientStepProblems(0, { ...base, customer: { domain: 'not a domain', tenantId: '' } }, 0);
    expect(codesAt(problems)).toEqual(['customer.domain:INVALID_FORMAT', 'customer.tenantId:REQUIRED']);
  });

  it('needs an activity, and revenue alone', () => {
    expect(codesAt(clientStepProblems(1, { ...base, activities: [] }, 0))).toEqual(['activities:REQUIRED']);
    expect(clientStepProblems(1, { ...base, activityMode: 'REVENUE' }, 0)).toEqual([]);
  });

  it('asks for the revenue details only for a revenue association', () => {
    expect(codesAt(clientStepProblems(2, { ...base, name: 'Sales' }, 0))).toEqual([]);
    const revenue = clientStepProblems(2, { ...base, name: 'Sales', activityMode: 'REVENUE' }, 0);
    expect(codesAt(revenue)).toEqual(['revenue.sellerName:REQUIRED', 'revenue.customerName:REQUIRED', 'revenue.isvSolutionName:REQUIRED']);
  });

  it('needs a product, each once', () => {
    expect(codesAt(clientStepProblems(3, base, 0))).toEqual(['lines:REQUIRED']);
    const twice = [{ productCode: 'POWER_BI_PRO', subscriptionId: '' }, { productCode: 'POWER_BI_PRO', subscriptionId: '' }];
    expect(codesAt(clientStepProblems(3, { ...base, lines: twice }, 0))).toEqual(['lines.1:DUPLICATE']);
  });

  it('checks contact e-mails and asks Business Applications for the technical contact', () => {
    const values: ClaimFormValues = {
      ...base,
      customerContact: { name: 'Eva', title: 'CIO', email: 'eva@' },
      partnerContact: { name: 'Nina', email: 'nina@northwind.example' },
    };
    expect(codesAt(clientStepProblems(4, values, 0))).toEqual([
      'customerContact.email:INVALID_FORMAT',
      'customerTechnicalContact.name:REQUIRED',
      'customerTechnicalContact.title:REQUIRED',
      'customerTechnicalContact.email:REQUIRED',
    ]);
    expect(codesAt(clientStepProblems(4, { ...values, solutionArea: 'MICROSOFT_365' }, 0))).toEqual(['customerContact.email:INVALID_FORMAT']);
  });

  it('needs a proof of execution document', () => {
    expect(codesAt(clientStepProblems(5, base, 0))).toEqual(['documents:POE_MISSING']);
    expect(clientStepProblems(5, base, 1)).toEqual([]);
  });
});
