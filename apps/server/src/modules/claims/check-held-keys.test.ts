import type { ReasonCode } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { checkHeldKeys } from './check-held-keys';
import type { HeldKey } from './claim-facts';
import type { ProgramInfo } from './claim-rules';

const message = (code: ReasonCode, extra?: string) => [code, extra].filter(Boolean).join(' ');
const TENANT = '254d6d7a-1422-5abf-a63a-144c041c7a98';
const workload: ProgramInfo = { code: 'OSU_M365', isClaimable: true, exclusivityUnit: 'WORKLOAD', referral: null };
const perSub: ProgramInfo = { code: 'OSA_SELL', isClaimable: true, exclusivityUnit: 'SUBSCRIPTION', referral: null };
const key = (over: Partial<HeldKey>): HeldKey => ({ program: 'OSU_M365', productCode: 'MICROSOFT_TEAMS', subscriptionId: null, active: false, ...over });
const teams = { productCode: 'MICROSOFT_TEAMS', subscriptionId: null, chosen: null };

describe('the held-keys rule', () => {
  it('finds a per-workload key by program and product, held before targeted', () => {
    const lines = [{ productCode: 'INTUNE', subscriptionId: null, chosen: null }, teams];
    expect(checkHeldKeys({ tenantId: TENANT, programs: [workload], lines, held: [key({}), key({ active: true })], message })).toEqual([
      { path: 'lines.1', code: 'ALREADY_ASSOCIATED_WITH_YOU', message: 'ALREADY_ASSOCIATED_WITH_YOU (OSU_M365, MICROSOFT_TEAMS)' },
    ]);
    expect(checkHeldKeys({ tenantId: TENANT, programs: [workload], lines, held: [key({})], message })[0]?.code).toBe('DUPLICATE_OPEN_CLAIM');
  });

  it('ignores keys of other programs and products (the facts are a superset)', () => {
    const held = [key({ program: 'OSA_SELL' }), key({ productCode: 'INTUNE' })];
    expect(checkHeldKeys({ tenantId: TENANT, programs: [workload], lines: [teams], held, message })).toEqual([]);
  });

  it('finds a per-subscription key only by its subscription, and reports a line once', () => {
    const s = '00000000-0000-4000-8000-000000000001';
    const line = { productCode: 'MICROSOFT_TEAMS', subscriptionId: s, chosen: 'AUTOMATIC' as const };
    expect(checkHeldKeys({ tenantId: TENANT, programs: [perSub], lines: [line], held: [key({ program: 'OSA_SELL', productCode: 'OTHER', subscriptionId: s })], message })).toEqual([
      { path: 'lines.0', code: 'DUPLICATE_OPEN_CLAIM', message: 'DUPLICATE_OPEN_CLAIM (OSA_SELL, MICROSOFT_TEAMS)' },
    ]);
    expect(checkHeldKeys({ tenantId: TENANT, programs: [perSub], lines: [teams], held: [key({ program: 'OSA_SELL' })], message })).toEqual([]);
    const both = checkHeldKeys({ tenantId: TENANT, programs: [workload, perSub], lines: [line], held: [key({}), key({ program: 'OSA_SELL', subscriptionId: s, active: true })], message });
    expect(both.map((p) => p.code)).toEqual(['DUPLICATE_OPEN_CLAIM']);
  });

  it('checks nothing without a directory tenant, a program or a line', () => {
    expect(checkHeldKeys({ tenantId: null, programs: [workload], lines: [teams], held: [key({})], message })).toEqual([]);
    expect(checkHeldKeys({ tenantId: TENANT, programs: [], lines: [teams], held: [key({})], message })).toEqual([]);
    expect(checkHeldKeys({ tenantId: TENANT, programs: [workload], lines: [], held: [key({})], message })).toEqual([]);
  });
});
