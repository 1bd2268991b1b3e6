import { describe, expect, it } from 'vitest';
import { type ConflictCandidates, conflictsFrom } from './find-conflicting-claims';

const TENANT = '11111111-1111-4111-8111-111111111111';
const SUB = 'AAAAAAAA-0000-4000-8000-000000000001';
const candidates = (over: Partial<NonNullable<ConflictCandidates>> = {}): ConflictCandidates => ({
  organisationId: 'northwind',
  tenantId: TENANT,
  own: { claimId: 'mine', programs: ['OSU_M365', 'OSU_BIZAPPS'], lines: [{ lineId: 'l1', productCode: 'MICROSOFT_TEAMS', subscriptionId: null }, { lineId: 'l2', productCode: 'POWER_BI_PRO', subscriptionId: SUB }] },
  keyPrograms: [
    { code: 'OSU_M365', exclusivityUnit: 'WORKLOAD', conflictRule: 'REVIEWER_DECIDES' },
    { code: 'OSU_BIZAPPS', exclusivityUnit: 'SUBSCRIPTION', conflictRule: null },
  ],
  holders: [],
  open: [],
  ...over,
});
const teamsKey = `OSU_M365/tenant:${TENANT}/MICROSOFT_TEAMS`;
const subKey = `OSU_BIZAPPS/subscription:${SUB.toLowerCase()}`;

describe('conflictsFrom', () => {
  it('finds nothing for a claim without a directory tenant or without keys', () => {
    expect(conflictsFrom(null)).toEqual([]);
    expect(conflictsFrom(candidates({ own: { claimId: 'mine', programs: ['UNKNOWN'], lines: [] }, holders: [{ claimId: 'x', key: teamsKey }] }))).toEqual([]);
  });

  it('keeps only the holders of an exact key out of the superset read', () => {
    const found = conflictsFrom(
      candidates({
        holders: [
          { claimId: 'held', key: subKey },
          { claimId: 'held', key: teamsKey },
          { claimId: 'elsewhere', key: `OSU_M365/tenant:${TENANT}/EXCHANGE_ONLINE` },
        ],
      }),
    );
    expect(found).toEqual([{ claimId: 'held', sharedKeys: [subKey, teamsKey], holdsAssociation: true }]);
  });

  it("adds the open claims sharing a key (case of the subscription aside), merging with a holder's keys", () => {
    const found = conflictsFrom(
      candidates({
        holders: [{ claimId: 'both', key: teamsKey }],
        open: [
          { claimId: 'both', programs: ['OSU_BIZAPPS'], lines: [{ lineId: 'o1', productCode: 'POWER_BI_PRO', subscriptionId: SUB.toLowerCase() }] },
          { claimId: 'rival', programs: ['OSU_M365'], lines: [{ lineId: 'o2', productCode: 'MICROSOFT_TEAMS', subscriptionId: null }] },
          { claimId: 'other-workload', programs: ['OSU_M365'], lines: [{ lineId: 'o3', productCode: 'INTUNE', subscriptionId: null }] },
          { claimId: 'other-program', programs: ['OSU_BIZAPPS'], lines: [{ lineId: 'o4', productCode: 'MICROSOFT_TEAMS', subscriptionId: null }] },
        ],
      }),
    );
    expect(found).toEqual([
      { claimId: 'both', sharedKeys: [subKey, teamsKey].sort(), holdsAssociation: true },
      { claimId: 'rival', sharedKeys: [teamsKey], holdsAssociation: false },
    ]);
  });
});
