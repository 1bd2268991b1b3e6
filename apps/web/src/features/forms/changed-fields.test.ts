import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only what changed', () => {
    expect(changedFields({ name: 'Tailspin', country: 'NL' }, { name: 'Tailspin Toys', country: 'NL' })).toEqual({ name: 'Tailspin Toys' });
  });

  it('calls a list in another order the same list', () => {
    expect(changedFields({ programs: ['OSU_M365', 'OSA_SELL'] }, { programs: ['OSA_SELL', 'OSU_M365'] })).toEqual({});
    expect(changedFields({ programs: ['OSU_M365'] }, { programs: [] })).toEqual({ programs: [] });
  });
});
