import { describe, expect, it } from 'vitest';
import { nextSort, sortFromParam, sortToParam } from './list-sort';

const OPTIONS = ['name', '-name', 'updated', '-updated'] as const;

describe('list sort', () => {
  it('reads a leading minus as descending and writes it back the same way', () => {
    expect(sortFromParam('-updated')).toEqual({ column: 'updated', direction: 'desc' });
    expect(sortFromParam('name')).toEqual({ column: 'name', direction: 'asc' });
    expect(sortToParam({ column: 'updated', direction: 'desc' }, OPTIONS, 'name')).toBe('-updated');
  });

  it('falls back when the API offers no such order', () => {
    expect(sortToParam({ column: 'customer', direction: 'asc' }, OPTIONS, '-updated')).toBe('-updated');
  });

  it('turns the sorted column around and starts another column ascending', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'updated', direction: 'desc' }, 'name')).toEqual({ column: 'name', direction: 'asc' });
  });
});
