import { IconEye } from '@tabler/icons-react';
import { queryKeys } from '../api/query-keys';
import { findUsageAccess } from '../api/usage-api';
import { useMe } from '../features/auth/use-me';
import { ListPage } from '../features/list-page/list-page';
import { isNarrowed } from '../features/list-page/search-param-values';
import { useCursorList } from '../features/list-page/use-cursor-list';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';
import { AccessLogFilterBar } from '../features/usage/access-log-filter-bar';
import { accessLogApiQuery, accessLogFilters } from '../features/usage/access-log-filters';
import { useAccessLogColumns } from '../features/usage/use-access-log-columns';

/** `/usage/access-log`: every read of usage data, newest first (vendor staff: all partners; partner admins: their own organisation's). */
export function UsageAccessLogPage() {
  const { data: me } = useMe();
  const { filters, query, apply, reset } = useSearchParamFilters(accessLogFilters, accessLogApiQuery);
  const entries = useCursorList(queryKeys.usageAccess(query), (cursor, signal) => findUsageAccess({ ...query, cursor }, signal));
  const columns = useAccessLogColumns({ showOrganisation: me?.organisation.kind === 'VENDOR' });
  if (!me) return null;

  return (
    <ListPage
      title="usageAccess.title"
      intro={me.organisation.kind === 'VENDOR' ? 'usageAccess.introVendor' : 'usageAccess.introPartner'}
      filters={<AccessLogFilterBar me={me} filters={filters} onChange={apply} onReset={reset} />}
      query={entries}
      columns={columns}
      caption="usageAccess.caption"
      minWidth={960}
      testId="usage-access-log"
      shown="usageAccess.shown"
      empty={{ icon: <IconEye aria-hidden />, title: 'usageAccess.emptyTitle' }}
      noMatch={{ title: 'usageAccess.noMatchTitle', text: 'usageAccess.noMatchText' }}
      isFiltered={isNarrowed(query)}
    />
  );
}
