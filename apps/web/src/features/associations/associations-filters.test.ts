import { describe, expect, it } from 'vitest';
import {
  associationFiltersFromSearchParams,
  associationFiltersToQuery,
  DEFAULT_ASSOCIATION_SORT,
  hasActiveAssociationFilters,
} from './associations-filters';

describe('associationFiltersFromSearchParams', () => {
  it('reads the search, status, program, location and sort from the address', () => {
    const filters = associationFiltersFromSearchParams(
      new URLSearchParams('q=+contoso+&status=ENDED&program=OSU_M365&locationId=0bc5cd7b-547f-4ef1-a15d-68cf918b57d2&sort=ended'),
    );
    expect(filters).toEqual({ q: 'contoso', status: 'ENDED', program: 'OSU_M365', locationId: '0bc5cd7b-547f-4ef1-a15d-68cf918b57d2', sort: 'ended' });
  });

  it('drops values the API would refuse', () => {
    const filters = associationFiltersFromSearchParams(new URLSearchParams('status=GONE&program=NOPE&locationId=1&sort=name'));
    expect(filters).toEqual({ q: '', status: '', program: '', locationId: '', sort: DEFAULT_ASSOCIATION_SORT });
  });
});

describe('associationFiltersToQuery', () => {
  it('leaves out blanks and the default sort', () => {
    const filters = associationFiltersFromSearchParams(new URLSearchParams('status=ACTIVE'));
    expect(associationFiltersToQuery(filters)).toEqual({ status: 'ACTIVE' });
    expect(hasActiveAssociationFilters(filters)).toBe(true);
  });

  it('does not count a sort as narrowing the list', () => {
    const filters = associationFiltersFromSearchParams(new URLSearchParams('sort=started'));
    expect(associationFiltersToQuery(filters)).toEqual({ sort: 'started' });
    expect(hasActiveAssociationFilters(filters)).toBe(false);
  });
});
