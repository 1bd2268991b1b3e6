import { useQuery } from '@tanstack/react-query';
import { getCatalog } from '../../api/catalog-api';
import { queryKeys } from '../../api/query-keys';

/** The published catalogue, fetched once an hour at most; every screen that names things reads it here. */
export function useCatalog() {
  return useQuery({ queryKey: queryKeys.catalog, queryFn: ({ signal }) => getCatalog(signal), staleTime: 60 * 60_000 });
}
