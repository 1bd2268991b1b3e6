import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only the fields whose value changes, before and after', () => {
    expect(changedFields({ name: 'Acme', country: 'NL', status: 'ACTIVE' }, { name: 'Acme BV', country: 'NL' })).toEqual({
      before: { name: 'Acme' },
      after: { name: 'Acme BV' },
    });
  });

  it('ignores fields that were not sent and answers null when nothing changes', () => {
    expect(changedFields({ name: 'Acme', country: 'NL' }, { name: 'Acme', country: undefined })).toBeNull();
    expect(changedFields({ name: 'Acme' }, {})).toBeNull();
  });

  it('compares arrays by their content and records clearing one', () => {
    expect(changedFields({ programs: ['OSA_SELL', 'OSU_M365'] }, { programs: ['OSA_SELL', 'OSU_M365'] })).toBeNull();
    expect(changedFields({ programs: ['OSA_SELL', 'OSU_M365'] }, { programs: [] })).toEqual({ before: { programs: ['OSA_SELL', 'OSU_M365'] }, after: { programs: [] } });
  });

  it('records a null cleared or set as a change', () => {
    expect(changedFields<{ country: string | null }>({ country: null }, { country: 'DE' })).toEqual({ before: { country: null }, after: { country: 'DE' } });
  });
});
