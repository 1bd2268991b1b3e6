import { describe, expect, it } from 'vitest';
import { countryOptions } from './country-codes';

describe('countryOptions', () => {
  it('names each country in the language asked for, sorted by name', () => {
    const dutch = countryOptions('nl');
    expect(dutch.find((option) => option.value === 'NL')?.label).toBe('Nederland');
    const labels = dutch.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('leaves out codes that are no country', () => {
    const codes = countryOptions('en').map((option) => option.value);
    expect(codes).toContain('BE');
    expect(codes).not.toContain('EU');
    expect(codes).not.toContain('ZZ');
  });
});
