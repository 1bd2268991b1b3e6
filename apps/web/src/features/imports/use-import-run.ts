import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getImport } from '../../api/imports-api';
import { queryKeys } from '../../api/query-keys';
import { isImportFinished } from './import-progress';

const POLL_MS = 1000;

/** One import, asked for every second until it succeeded or failed; then the history is refreshed. */
export function useImportRun(id: string) {
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: queryKeys.importRun(id),
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (query.state.data && isImportFinished(query.state.data.status) ? false : POLL_MS),
  });
  const status = run.data?.status;
  useEffect(() => {
    if (status && isImportFinished(status)) void queryClient.invalidateQueries({ queryKey: queryKeys.importList });
  }, [status, queryClient]);
  return run;
}
