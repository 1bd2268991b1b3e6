import { describe, expect, it } from 'vitest';
import { estimateContaining, planClaimSearch, type SearchSample, searchWords } from './claim-search';

// A sample like the bench's: every claim's domain ends in .bench.example, one in 20 names Woodgrove.
const spread = Array.from({ length: 101 }, (_, i) => `claim ${i} t${i * 97}.bench.example ${i % 20 === 0 ? 'woodgrove bank' : 'contoso'}`);
const sample: SearchSample = { common: [], spread, nullFraction: 0 };

describe('searchWords', () => {
  it('splits on anything but letters and digits, keeps words of three or more, once each', () => {
    expect(searchWords('t4242.bench')).toEqual(['t4242', 'bench']);
    expect(searchWords('a-b  ñandú.ñandú 12')).toEqual(['ñandú']);
  });
});

describe('estimateContaining', () => {
  it('counts the spread in proportion to the rows it stands for, and the common values by their frequency', () => {
    expect(estimateContaining(sample, '.bench.')).toBe(1);
    expect(estimateContaining(sample, 'woodgrove')).toBeCloseTo(6 / 101);
    expect(estimateContaining(sample, 'nowhere')).toBe(0);
    const withCommon: SearchSample = { common: [{ value: 'draft bench', frequency: 0.5 }], spread: ['x', 'y bench'], nullFraction: 0.1 };
    expect(estimateContaining(withCommon, 'bench')).toBeCloseTo(0.5 + 0.5 * 0.4);
  });
});

describe('planClaimSearch', () => {
  it('asks the index for the rare words only when the term mixes them with common ones', () => {
    expect(planClaimSearch('t4242.bench', sample)).toEqual({ term: 't4242.bench', indexWords: ['t4242'] });
    expect(planClaimSearch('zz9 contoso.bench.example', sample)).toEqual({ term: 'zz9 contoso.bench.example', indexWords: ['zz9'] });
  });

  it('leaves the term to the planner when it is common, when all its words are rare or all common, or without a sample', () => {
    expect(planClaimSearch('woodgrove', sample).indexWords).toEqual([]);
    expect(planClaimSearch('bench.example', sample).indexWords).toEqual([]);
    expect(planClaimSearch('fabrikam.nl', sample).indexWords).toEqual([]);
    expect(planClaimSearch('t4242.bench', null).indexWords).toEqual([]);
    expect(planClaimSearch('t4242.bench', { ...sample, spread: spread.slice(0, 10) }).indexWords).toEqual([]);
  });

  it('never drops the whole term: its rows are the ones the index words find that also hold the term', () => {
    const plan = planClaimSearch('t4242.bench', sample);
    const rows = ['x t4242.bench.example', 'x t4242.other', 'x t42.bench'];
    const found = rows.filter((r) => plan.indexWords.every((w) => r.includes(w)) && r.includes(plan.term));
    expect(found).toEqual(rows.filter((r) => r.includes('t4242.bench')));
  });
});
