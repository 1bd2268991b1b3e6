import type { CatalogResponse } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from './claim-input';
import type { ClaimFacts } from './claim-facts';
import { claimRulesFrom } from './claim-rules';
import { claimFactsQuery, claimPrograms, evaluateClaim } from './evaluate-claim';

const settings = { reviewBusinessDays: 10, responseBusinessDays: 5, disputeDays: 30, consentBusinessDays: 5, expiryNoticeDays: 30 };
const catalog = {
  solutionAreas: [],
  activities: [],
  programs: [
    { code: 'OSU_BIZAPPS', name: { en: 'B', nl: 'B' }, isClaimable: true, exclusivityUnit: 'WORKLOAD', conflictRule: 'X', settings, referral: null },
    { code: 'OSA_SELL', name: { en: 'S', nl: 'S' }, isClaimable: true, exclusivityUnit: 'SUBSCRIPTION', conflictRule: 'X', settings, referral: null },
    { code: 'CSP', name: { en: 'CSP', nl: 'CSP' }, isClaimable: false, exclusivityUnit: null, conflictRule: 'X', settings: null, referral: { en: 'Use Partner Center.', nl: 'Partner Center.' } },
  ],
  programRules: [
    { solutionArea: 'BUSINESS_APPLICATIONS', activity: 'USAGE', programCode: 'OSU_BIZAPPS' },
    { solutionArea: 'BUSINESS_APPLICATIONS', activity: 'PRE_SALES', programCode: 'OSA_SELL' },
  ],
  products: [{ code: 'POWER_BI_PRO', name: 'Power BI Pro', solutionArea: 'BUSINESS_APPLICATIONS' }],
  reasonCodes: [],
} as unknown as CatalogResponse;
const rules = claimRulesFrom(catalog);
const ORG = '99999999-0000-4000-8000-000000000000';
const LOC = '11111111-2222-4333-8444-555555555555';
const TENANT = '254d6d7a-1422-5abf-a63a-144c041c7a98';
const SUB = '00000000-0000-4000-8000-000000000001';
const input: ClaimInput = {
  name: 'Claim',
  locationId: LOC,
  customer: { domain: 'contoso.nl', tenantId: TENANT.toUpperCase() },
  solutionArea: 'BUSINESS_APPLICATIONS',
  activities: ['USAGE'],
  lines: [{ productCode: 'POWER_BI_PRO' }],
  customerContact: { name: 'C', title: 'T', email: 'c@contoso.nl' },
  customerTechnicalContact: { name: 'T', title: 'A', email: 't@contoso.nl' },
  partnerContact: { name: 'N', email: 'n@northwind.example' },
};
const facts: ClaimFacts = {
  location: { id: LOC, mpnId: '4412001', enrolled: ['OSU_BIZAPPS', 'OSA_SELL'] },
  tenant: { tenantId: TENANT, name: 'Contoso', country: 'NL', timeZone: 'Europe/Amsterdam', domains: ['contoso.nl'] },
  subscriptions: [{ id: SUB, productCode: 'POWER_BI_PRO', state: 'ACTIVE', channel: 'DIRECT', startDate: '2024-01-01', endDate: null }],
  held: [],
  storedLines: null,
  documentCount: null,
  programDurations: null,
};
const evaluate = (i: ClaimInput, f: Partial<ClaimFacts> = {}, documentCount = 1) => evaluateClaim({ rules, input: i, programs: claimPrograms(rules, i), facts: { ...facts, ...f }, documentCount });

describe('a claim evaluated over its facts', () => {
  it('asks the facts for the normalised ids, the derived programs and the lines', () => {
    expect(claimFactsQuery(ORG, { ...input, activities: ['USAGE', 'PRE_SALES'] }, claimPrograms(rules, { ...input, activities: ['USAGE', 'PRE_SALES'] }), { claimId: 'c1' })).toEqual({
      organisationId: ORG,
      locationId: LOC,
      tenantId: TENANT,
      programCodes: ['OSU_BIZAPPS', 'OSA_SELL'],
      lines: [{ productCode: 'POWER_BI_PRO' }],
      claimId: 'c1',
      withDeadlines: false,
    });
    expect(claimFactsQuery(ORG, { ...input, locationId: 'x', customer: { tenantId: 'y' } }, { programs: [], problems: [] }, { lines: 'ofClaim' })).toMatchObject({ locationId: null, tenantId: null, lines: 'ofClaim', claimId: null });
  });

  it('is valid with what submit stores: the programs, the directory tenant and the picked subscription', () => {
    expect(evaluate(input)).toEqual({
      valid: true,
      problems: [],
      programs: ['OSU_BIZAPPS'],
      tenantId: TENANT,
      lines: [{ productCode: 'POWER_BI_PRO', subscriptionId: null, chosen: null }],
    });
    expect(evaluate({ ...input, activities: ['PRE_SALES'] }).lines).toEqual([{ productCode: 'POWER_BI_PRO', subscriptionId: SUB, chosen: 'AUTOMATIC' }]);
  });

  it('reports every problem at once, in the order of the checks', () => {
    const held = [{ program: 'OSU_BIZAPPS', productCode: 'POWER_BI_PRO', subscriptionId: null, active: true }];
    const r = evaluate({ ...input, name: null, program: 'OSA_SELL', customer: { domain: 'fabrikam.nl', tenantId: TENANT } }, { location: { ...facts.location!, enrolled: [] }, held }, 0);
    expect(r.valid).toBe(false);
    expect(r.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'name REQUIRED',
      'program PROGRAM_MISMATCH',
      'locationId LOCATION_NOT_ENROLLED',
      'customer.domain DOMAIN_TENANT_MISMATCH',
      'lines.0 ALREADY_ASSOCIATED_WITH_YOU',
      'documents POE_MISSING',
    ]);
  });

  it('earns under no program when the partner names an excluded one, and says where to go instead', () => {
    const r = evaluate({ ...input, program: 'CSP' });
    expect(r.programs).toEqual([]);
    expect(r.problems).toEqual([{ path: 'program', code: 'PROGRAM_EXCLUDED', message: 'PROGRAM_EXCLUDED Use Partner Center.' }]);
  });

  it('checks nothing against the directory for an unknown tenant but says so', () => {
    const r = evaluate(input, { tenant: null, subscriptions: [] });
    expect(r.problems.map((p) => p.code)).toEqual(['TENANT_UNKNOWN']);
    expect(r.tenantId).toBeNull();
  });
});
