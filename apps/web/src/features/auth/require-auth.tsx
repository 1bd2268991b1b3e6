import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageLoader } from '../shell/full-page-loader';
import { QueryError } from '../shell/query-error';
import { useMe } from './use-me';

/** Wraps the pages that need a session; visitors go to /login and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} standalone />;
  if (!me.data) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <>{children}</>;
}
