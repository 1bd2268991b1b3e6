import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import { findUsageGrowth } from '../../api/usage-api';
import { withoutBlanks } from '../list-page/search-param-values';
import { filterAndSortGrowth, type UsageFilters } from './usage-filters';

/**
 * The overview for a period: one read (and one access entry) per period; the tenant, product and
 * program filters and the order are applied to it in the browser. `all` is every loaded row, for the filters' choices.
 */
export function useUsageGrowth(filters: UsageFilters) {
  const period = withoutBlanks({ from: filters.from, to: filters.to });
  const fetch = { queryKey: queryKeys.usageGrowth(period), queryFn: ({ signal }: { signal: AbortSignal }) => findUsageGrowth(period, signal), placeholderData: keepPreviousData };
  const all = useQuery(fetch);
  const shown = useQuery({ ...fetch, select: (data) => ({ items: filterAndSortGrowth(data.items, filters) }) });
  return { all: all.data?.items ?? [], shown };
}
