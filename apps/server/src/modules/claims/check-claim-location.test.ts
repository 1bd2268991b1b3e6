import type { ReasonCode } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { checkClaimLocation, locationIdToRead } from './check-claim-location';
import type { ProgramInfo } from './claim-rules';

const message = (code: ReasonCode, extra?: string) => [code, extra].filter(Boolean).join(' ');
const LOC = '11111111-2222-4333-8444-555555555555';
const m365: ProgramInfo = { code: 'OSU_M365', isClaimable: true, exclusivityUnit: 'WORKLOAD', referral: null };
const sell: ProgramInfo = { code: 'OSA_SELL', isClaimable: true, exclusivityUnit: 'SUBSCRIPTION', referral: null };
const csp: ProgramInfo = { code: 'CSP', isClaimable: false, exclusivityUnit: null, referral: 'Use Partner Center.' };

describe('the location rule', () => {
  it('reads only a well-formed location id, and leaves a malformed or missing one to the schema', () => {
    expect(locationIdToRead(LOC.toUpperCase())).toBe(LOC.toUpperCase());
    expect(locationIdToRead('not-a-uuid')).toBeNull();
    expect(locationIdToRead(null)).toBeNull();
    expect(checkClaimLocation({ locationId: 'not-a-uuid', location: null, programs: [m365], message })).toEqual([]);
  });

  it("answers LOCATION_UNKNOWN when the id is not one of the caller's locations", () => {
    expect(checkClaimLocation({ locationId: LOC, location: null, programs: [m365], message })).toEqual([
      { path: 'locationId', code: 'LOCATION_UNKNOWN', message: "Choose one of your organisation's locations." },
    ]);
  });

  it('names every claimable program the location is not enrolled in, with its MPN ID', () => {
    const location = { id: LOC, mpnId: '4412001', enrolled: ['OSU_M365'] };
    expect(checkClaimLocation({ locationId: LOC, location, programs: [m365, sell, csp], message })).toEqual([
      { path: 'locationId', code: 'LOCATION_NOT_ENROLLED', message: 'LOCATION_NOT_ENROLLED (MPN ID 4412001, OSA_SELL)' },
    ]);
    expect(checkClaimLocation({ locationId: LOC, location, programs: [m365], message })).toEqual([]);
    expect(checkClaimLocation({ locationId: LOC, location: { ...location, enrolled: [] }, programs: [], message })).toEqual([]);
  });
});
