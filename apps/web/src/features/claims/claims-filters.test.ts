import { describe, expect, it } from 'vitest';
import { toSearchParams } from '../list-page/use-search-param-filters';
import { filtersFromSearchParams, filtersToQuery, hasActiveFilters } from './claims-filters';

describe('claims filters', () => {
  it('round-trips through the address and joins statuses by commas for the API', () => {
    const params = new URLSearchParams('q=contoso&status=DRAFT,UNDER_REVIEW&solutionArea=BUSINESS_APPLICATIONS&sort=name');
    const filters = filtersFromSearchParams(params);
    expect(filters.status).toEqual(['DRAFT', 'UNDER_REVIEW']);
    expect(filtersToQuery(filters)).toEqual({ q: 'contoso', status: 'DRAFT,UNDER_REVIEW', solutionArea: 'BUSINESS_APPLICATIONS', sort: 'name' });
    expect(toSearchParams(filtersToQuery(filters)).toString()).toBe(params.toString());
  });

  it('drops values the API would refuse and leaves out the default sort', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('status=NOPE,DRAFT&locationId=x&product=bad code&sort=sideways&submittedFrom=2026-01-01'));
    expect(filters.status).toEqual(['DRAFT']);
    expect(filtersToQuery(filters)).toEqual({ status: 'DRAFT', submittedFrom: '2026-01-01' });
  });

  it('knows whether anything narrows the list', () => {
    expect(hasActiveFilters(filtersFromSearchParams(new URLSearchParams('sort=name')))).toBe(false);
    expect(hasActiveFilters(filtersFromSearchParams(new URLSearchParams('q=x')))).toBe(true);
  });
});
