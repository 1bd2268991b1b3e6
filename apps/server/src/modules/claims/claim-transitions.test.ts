import { ClaimStatusSchema, type ClaimStatus } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS, canTransition } from './claim-transitions';

const ALLOWED: [ClaimStatus, ClaimStatus][] = [
  ['DRAFT', 'UNDER_REVIEW'],
  ['UNDER_REVIEW', 'ACTION_REQUIRED'],
  ['UNDER_REVIEW', 'CUSTOMER_CONSENT'],
  ['UNDER_REVIEW', 'REJECTED'],
  ['UNDER_REVIEW', 'WITHDRAWN'],
  ['ACTION_REQUIRED', 'UNDER_REVIEW'],
  ['ACTION_REQUIRED', 'REJECTED'],
  ['ACTION_REQUIRED', 'WITHDRAWN'],
  ['CUSTOMER_CONSENT', 'ACTIVE'],
  ['CUSTOMER_CONSENT', 'DECLINED'],
  ['CUSTOMER_CONSENT', 'REJECTED'],
  ['CUSTOMER_CONSENT', 'WITHDRAWN'],
  ['ACTIVE', 'ENDED'],
  ['REJECTED', 'DISPUTED'],
  ['DISPUTED', 'REJECTED'],
  ['DISPUTED', 'CUSTOMER_CONSENT'],
  ['DISPUTED', 'WITHDRAWN'],
];

describe('the claim lifecycle', () => {
  const statuses = ClaimStatusSchema.options;

  it('has a row for every status', () => {
    expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual([...statuses].sort());
  });

  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))('%s -> %s is allowed only if the design says so', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(expected);
  });

  it('ends for good in DECLINED, WITHDRAWN and ENDED', () => {
    for (const s of ['DECLINED', 'WITHDRAWN', 'ENDED'] as const) expect(CLAIM_TRANSITIONS[s]).toEqual([]);
  });
});
