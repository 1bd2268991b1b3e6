import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isNarrowed, paramOf, withoutBlanks } from './search-param-values';

describe('search param values', () => {
  it('keeps a value the API accepts and drops one it would refuse', () => {
    const params = new URLSearchParams('status=ACTIVE&role=KING');
    const schema = z.enum(['ACTIVE', 'SUSPENDED']);
    expect(paramOf(params, 'status', schema)).toBe('ACTIVE');
    expect(paramOf(params, 'role', schema)).toBe('');
    expect(paramOf(params, 'missing', schema)).toBe('');
  });

  it('leaves blank filters out of the query, and calls a query with any value narrowed', () => {
    const query = withoutBlanks({ q: '', status: 'ACTIVE' });
    expect(query).toEqual({ status: 'ACTIVE' });
    expect(isNarrowed(query)).toBe(true);
    expect(isNarrowed(withoutBlanks({ q: '' }))).toBe(false);
  });
});
