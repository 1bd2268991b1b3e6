import { describe, expect, it } from 'vitest';
import { csvSafe } from './export-claims';

describe('CSV cells', () => {
  it('defuses values a spreadsheet would run as formulas', () => {
    for (const v of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx']) expect(csvSafe(v)).toBe(`'${v}`);
  });

  it('leaves ordinary values and empty ones alone', () => {
    expect(csvSafe('Contoso Teams rollout')).toBe('Contoso Teams rollout');
    expect(csvSafe(null)).toBe('');
    expect(csvSafe('2026-11-24T09:30:00.000Z')).toBe('2026-11-24T09:30:00.000Z');
  });
});
