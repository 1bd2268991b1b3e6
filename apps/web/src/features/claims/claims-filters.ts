import { ClaimSortSchema, ClaimStatusSchema, ProgramCodeSchema, SolutionAreaSchema, type ClaimSort, type ClaimStatus } from '@associa/contracts';
import type { ClaimListParams } from '../../api/claims-api';

/** The associations page's search, filters and sort, kept in the address so a view can be shared or bookmarked. */
export type ClaimsFilters = {
  q: string;
  status: ClaimStatus[];
  locationId: string;
  solutionArea: string;
  program: string;
  product: string;
  submittedFrom: string;
  submittedTo: string;
  sort: ClaimSort;
};

/** Most recently changed first, as the API sorts without a choice. */
export const DEFAULT_CLAIM_SORT: ClaimSort = '-updated';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRODUCT = /^[A-Z0-9_]{2,64}$/;

const valid = (value: string | null, test: (v: string) => boolean) => (value !== null && test(value) ? value : '');

/** Reads the filters from the address, dropping anything the API would refuse. */
export function filtersFromSearchParams(params: URLSearchParams): ClaimsFilters {
  const statuses = (params.get('status') ?? '').split(',').filter((s): s is ClaimStatus => ClaimStatusSchema.safeParse(s).success);
  const sort = ClaimSortSchema.safeParse(params.get('sort'));
  return {
    q: (params.get('q') ?? '').trim(),
    status: [...new Set(statuses)],
    locationId: valid(params.get('locationId'), (v) => UUID.test(v)),
    solutionArea: valid(params.get('solutionArea'), (v) => SolutionAreaSchema.safeParse(v).success),
    program: valid(params.get('program'), (v) => ProgramCodeSchema.safeParse(v).success),
    product: valid(params.get('product'), (v) => PRODUCT.test(v)),
    submittedFrom: valid(params.get('submittedFrom'), (v) => DATE.test(v)),
    submittedTo: valid(params.get('submittedTo'), (v) => DATE.test(v)),
    sort: sort.success ? sort.data : DEFAULT_CLAIM_SORT,
  };
}

/** The filters as API query parameters: lists joined by commas, blanks and the default sort left out. */
export function filtersToQuery(filters: ClaimsFilters): ClaimListParams {
  const query: ClaimListParams = {
    q: filters.q || undefined,
    status: filters.status.length ? filters.status.join(',') : undefined,
    locationId: filters.locationId || undefined,
    solutionArea: filters.solutionArea || undefined,
    program: filters.program || undefined,
    product: filters.product || undefined,
    submittedFrom: filters.submittedFrom || undefined,
    submittedTo: filters.submittedTo || undefined,
    sort: filters.sort === DEFAULT_CLAIM_SORT ? undefined : filters.sort,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** True when any filter or search narrows the list, so an empty list means "no match" rather than "no claims yet". */
export function hasActiveFilters(filters: ClaimsFilters): boolean {
  const { sort: _sort, ...narrowing } = filtersToQuery(filters);
  return Object.keys(narrowing).length > 0;
}
