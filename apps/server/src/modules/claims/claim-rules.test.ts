import type { CatalogResponse } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { claimRulesFrom } from './claim-rules';

const settings = { reviewBusinessDays: 10, responseBusinessDays: 5, disputeDays: 30, consentBusinessDays: 5, expiryNoticeDays: 30 };
// In the catalogue's order (sort_order): OSU_M365 before OSA_SELL.
const catalog = {
  solutionAreas: [],
  activities: [],
  programs: [
    { code: 'OSU_M365', name: { en: 'M365', nl: 'M365' }, isClaimable: true, exclusivityUnit: 'WORKLOAD', conflictRule: 'X', settings, referral: null },
    { code: 'OSA_SELL', name: { en: 'Sell', nl: 'Verkoop' }, isClaimable: true, exclusivityUnit: 'SUBSCRIPTION', conflictRule: 'X', settings, referral: null },
    { code: 'CSP', name: { en: 'CSP', nl: 'CSP' }, isClaimable: false, exclusivityUnit: null, conflictRule: 'X', settings: null, referral: { en: 'Use Partner Center.', nl: 'Gebruik Partner Center.' } },
  ],
  programRules: [
    { solutionArea: 'MICROSOFT_365', activity: 'SELL', programCode: 'OSA_SELL' },
    { solutionArea: 'MICROSOFT_365', activity: 'USAGE', programCode: 'OSU_M365' },
    { solutionArea: 'MICROSOFT_365', activity: 'DEPLOY', programCode: 'OSU_M365' },
    { solutionArea: 'BUSINESS_APPLICATIONS', activity: 'SELL', programCode: 'OSA_SELL' },
  ],
  products: [{ code: 'MICROSOFT_TEAMS', name: 'Microsoft Teams', solutionArea: 'MICROSOFT_365' }],
  reasonCodes: [{ code: 'POE_MISSING', category: 'DOCUMENTS', message: { en: 'Upload a proof of execution.', nl: 'Upload een bewijs.' } }],
} as unknown as CatalogResponse;

describe('claim rules from the catalogue', () => {
  const rules = claimRulesFrom(catalog);

  it('derives each program once, in the catalogue order, from the area and its activities', () => {
    expect(rules.derivePrograms('MICROSOFT_365', ['SELL', 'USAGE', 'DEPLOY']).map((p) => p.code)).toEqual(['OSU_M365', 'OSA_SELL']);
    expect(rules.derivePrograms('MICROSOFT_365', ['DEPLOY'])).toEqual([{ code: 'OSU_M365', isClaimable: true, exclusivityUnit: 'WORKLOAD', referral: null }]);
    expect(rules.derivePrograms('BUSINESS_APPLICATIONS', ['USAGE'])).toEqual([]);
    expect(rules.derivePrograms(undefined, ['SELL'])).toEqual([]);
    expect(rules.derivePrograms('MICROSOFT_365', [])).toEqual([]);
  });

  it('finds a named program with its referral, and nothing for an unknown code', () => {
    expect(rules.findProgram('CSP')).toEqual({ code: 'CSP', isClaimable: false, exclusivityUnit: null, referral: 'Use Partner Center.' });
    expect(rules.findProgram('NOPE')).toBeNull();
  });

  it('writes the English message with its detail, and the code itself when the catalogue lacks it', () => {
    expect(rules.message('POE_MISSING')).toBe('Upload a proof of execution.');
    expect(rules.message('POE_MISSING', '(sow.pdf)')).toBe('Upload a proof of execution. (sow.pdf)');
    expect(rules.message('TENANT_UNKNOWN')).toBe('TENANT_UNKNOWN');
  });

  it('looks products up by code, and builds once per catalogue copy', () => {
    expect(rules.product('MICROSOFT_TEAMS')).toEqual({ code: 'MICROSOFT_TEAMS', name: 'Microsoft Teams', solutionArea: 'MICROSOFT_365' });
    expect(rules.product('NOPE')).toBeUndefined();
    expect(claimRulesFrom(catalog)).toBe(rules);
  });
});
