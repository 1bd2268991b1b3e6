import type { ListSortControl } from './list-page-types';
import { sortFromParam, sortToParam } from './list-sort';
import { useSearchParamFilters, type ListFilterQuery } from './use-search-param-filters';
import { useSettledSearch } from './use-settled-search';

/** The sort orders a list's API offers, and the one it uses without a choice. */
export type ListSortOptions<S extends string> = { options: readonly S[]; fallback: S };

/** What a searchable list's filter bar takes; the search text is its own, so it can settle before it filters. */
export type ListFilterBarProps<F> = {
  filters: F;
  search: string;
  onSearchChange: (value: string) => void;
  onChange: (filters: F) => void;
  onReset: () => void;
};

/** Address-kept filters with a search box (`q`): what a searchable list's filter bar takes (`filterBar`, spread onto it). */
export function useSearchListFilters<F extends { q: string }>(parse: (params: URLSearchParams) => F, toQuery: (filters: F) => ListFilterQuery) {
  const { filters, query, apply, reset } = useSearchParamFilters(parse, toQuery);
  const [search, setSearch] = useSettledSearch(filters.q, (q) => apply({ ...filters, q }));
  const onReset = () => {
    setSearch('');
    reset();
  };
  const filterBar: ListFilterBarProps<F> = { filters, search, onSearchChange: setSearch, onChange: apply, onReset };
  return { filters, query, apply, filterBar };
}

/** The same with a sort: what its sortable headings take (`sort`). */
export function useListFilters<S extends string, F extends { q: string; sort: S }>(
  parse: (params: URLSearchParams) => F,
  toQuery: (filters: F) => ListFilterQuery,
  sortOptions: ListSortOptions<S>,
) {
  const { filters, query, apply, filterBar } = useSearchListFilters(parse, toQuery);
  const sort: ListSortControl = {
    value: sortFromParam(filters.sort),
    onChange: (next) => apply({ ...filters, sort: sortToParam(next, sortOptions.options, sortOptions.fallback) }),
  };
  return { filters, query, sort, filterBar };
}
