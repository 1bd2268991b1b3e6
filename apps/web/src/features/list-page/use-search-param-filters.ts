import { useSearchParams } from 'react-router-dom';

/** A list's filters as API query parameters; blank ones are left out. */
export type ListFilterQuery = Record<string, string | undefined>;

/**
 * A list's filters kept in the address, which stays their source of truth, so a filtered (or sorted)
 * list can be bookmarked and shared. `parse` drops what the API would refuse; `toQuery` leaves out blanks.
 */
export function useSearchParamFilters<F>(parse: (params: URLSearchParams) => F, toQuery: (filters: F) => ListFilterQuery) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parse(searchParams);
  // Replaced, not pushed: Back leaves the page instead of undoing one filter at a time.
  const write = (params: URLSearchParams) => setSearchParams(params, { replace: true });
  return {
    filters,
    query: toQuery(filters),
    apply: (next: F) => write(toSearchParams(toQuery(next))),
    reset: () => write(new URLSearchParams()),
  };
}

/** Query parameters for the address bar, without the blank ones. */
export function toSearchParams(query: ListFilterQuery): URLSearchParams {
  return new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
}
