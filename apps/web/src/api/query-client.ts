import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './api-error';
import { queryKeys } from './query-keys';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again; network errors and 5xx may.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function forgetUserIfUnauthenticated(error: unknown): void {
  if (isUnauthenticated(error)) queryClient.setQueryData(queryKeys.me, null);
}

/** The app's query cache; a 401 on any query means the session ended, so it forgets the user. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserIfUnauthenticated }),
  mutationCache: new MutationCache({ onError: forgetUserIfUnauthenticated }),
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
