import { queryOptions } from '@tanstack/react-query';
import { getPartner } from '../../api/partners-api';
import { queryKeys } from '../../api/query-keys';

/** One partner's query; its page reads the locations and the people from the same answer (`select`). */
export function partnerQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.partner(id), queryFn: ({ signal }) => getPartner(id, signal) });
}
