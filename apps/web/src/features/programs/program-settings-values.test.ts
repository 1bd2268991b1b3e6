import type { Program } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { programSettingsChanges, programSettingsValues, settingFieldOf, settingLimits } from './program-settings-values';

const program: Program = {
  code: 'OSU_M365',
  name: { en: 'OSU Microsoft 365', nl: 'OSU Microsoft 365' },
  isClaimable: true,
  exclusivityUnit: 'WORKLOAD',
  conflictRule: 'REVIEWER_DECIDES',
  settings: { reviewBusinessDays: 14, responseBusinessDays: 14, disputeDays: 30, consentBusinessDays: 5, expiryNoticeDays: 30 },
  referral: null,
};

describe('programSettingsChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(programSettingsChanges(program, programSettingsValues(program))).toEqual({});
  });

  it('sends only the changed durations and rule, as numbers', () => {
    const values = { ...programSettingsValues(program), disputeDays: '45', conflictRule: 'FIRST_VALID_WINS' as const };
    expect(programSettingsChanges(program, values)).toEqual({ disputeDays: 45, conflictRule: 'FIRST_VALID_WINS' });
  });

  it('leaves out a cleared field rather than sending zero', () => {
    expect(programSettingsChanges(program, { ...programSettingsValues(program), reviewBusinessDays: '' })).toEqual({});
  });
});

describe('settingLimits', () => {
  it('takes the bounds from the contract', () => {
    expect(settingLimits('consentBusinessDays')).toEqual({ min: 1, max: 30 });
    expect(settingLimits('disputeDays')).toEqual({ min: 1, max: 365 });
  });
});

describe('settingFieldOf', () => {
  it('finds the field of a server problem, with or without a prefix', () => {
    expect(settingFieldOf('disputeDays')).toBe('disputeDays');
    expect(settingFieldOf('body.conflictRule')).toBe('conflictRule');
    expect(settingFieldOf('')).toBeNull();
  });
});
