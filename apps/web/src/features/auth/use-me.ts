import type { MeResponse } from '@associa/contracts';
import { useQuery } from '@tanstack/react-query';
import { findMe } from '../../api/auth-api';
import { queryKeys } from '../../api/query-keys';

/** The signed-in user (null for a visitor); every guard and the shell read it from here. */
export function useMe() {
  return useQuery<MeResponse | null>({ queryKey: queryKeys.me, queryFn: findMe, staleTime: 5 * 60_000 });
}
