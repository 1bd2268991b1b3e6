import { IconHistory } from '@tabler/icons-react';
import { findAuditEntries } from '../api/audit-api';
import { queryKeys } from '../api/query-keys';
import { useMe } from '../features/auth/use-me';
import { AuditFilterBar } from '../features/audit/audit-filter-bar';
import { auditApiQuery, auditFilters } from '../features/audit/audit-filters';
import { useAuditColumns } from '../features/audit/use-audit-columns';
import { ListPage } from '../features/list-page/list-page';
import { isNarrowed, withoutBlanks } from '../features/list-page/search-param-values';
import { useCursorList } from '../features/list-page/use-cursor-list';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';

/** `/admin/audit`: who changed partners, people and passwords, newest first, by action, organisation and period. */
export function AuditPage() {
  const { data: me } = useMe();
  const { filters, apply, reset } = useSearchParamFilters(auditFilters, withoutBlanks);
  const query = auditApiQuery(filters);
  const entries = useCursorList(queryKeys.auditList(query), (cursor, signal) => findAuditEntries({ ...query, cursor }, signal));
  const { columns, rowDetails } = useAuditColumns();
  if (!me) return null;

  return (
    <ListPage
      title="audit.title"
      intro="audit.intro"
      filters={<AuditFilterBar me={me} filters={filters} onChange={apply} onReset={reset} />}
      query={entries}
      columns={columns}
      rowDetails={rowDetails}
      caption="audit.caption"
      minWidth={960}
      testId="audit"
      shown="audit.shown"
      empty={{ icon: <IconHistory aria-hidden />, title: 'audit.emptyTitle' }}
      noMatch={{ title: 'audit.noMatchTitle', text: 'audit.noMatchText' }}
      isFiltered={isNarrowed(query)}
    />
  );
}
