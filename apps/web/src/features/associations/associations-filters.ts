import { AssociationSortSchema, AssociationStatusSchema, ProgramCodeSchema, type AssociationStatus, type ProgramCode } from '@associa/contracts';
import type { z } from 'zod';
import type { AssociationListParams } from '../../api/associations-api';

/** How the associations list can be ordered. */
export type AssociationSort = z.infer<typeof AssociationSortSchema>;

/** The associations page's search and filters, kept in the address so a view can be shared or bookmarked. */
export type AssociationsFilters = {
  q: string;
  status: AssociationStatus | '';
  program: ProgramCode | '';
  locationId: string;
  sort: AssociationSort;
};

/** Most recently started first, as the API sorts without a choice. */
export const DEFAULT_ASSOCIATION_SORT: AssociationSort = '-started';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the address, dropping anything the API would refuse. */
export function associationFiltersFromSearchParams(params: URLSearchParams): AssociationsFilters {
  const status = AssociationStatusSchema.safeParse(params.get('status'));
  const program = ProgramCodeSchema.safeParse(params.get('program'));
  const sort = AssociationSortSchema.safeParse(params.get('sort'));
  const locationId = params.get('locationId') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    status: status.success ? status.data : '',
    program: program.success ? program.data : '',
    locationId: UUID.test(locationId) ? locationId : '',
    sort: sort.success ? sort.data : DEFAULT_ASSOCIATION_SORT,
  };
}

/** The filters as API query parameters, blanks and the default sort left out. */
export function associationFiltersToQuery(filters: AssociationsFilters): AssociationListParams {
  const query: AssociationListParams = {
    q: filters.q || undefined,
    status: filters.status || undefined,
    program: filters.program || undefined,
    locationId: filters.locationId || undefined,
    sort: filters.sort === DEFAULT_ASSOCIATION_SORT ? undefined : filters.sort,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** True when any filter or search narrows the list, so an empty list means "no match" rather than "none yet". */
export function hasActiveAssociationFilters(filters: AssociationsFilters): boolean {
  const { sort: _sort, ...narrowing } = associationFiltersToQuery(filters);
  return Object.keys(narrowing).length > 0;
}
