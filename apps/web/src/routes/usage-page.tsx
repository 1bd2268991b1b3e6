import { Button } from '@mantine/core';
import { IconChartLine, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usageExportUrl } from '../api/usage-api';
import { useMe } from '../features/auth/use-me';
import { ListPage } from '../features/list-page/list-page';
import { isNarrowed } from '../features/list-page/search-param-values';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';
import { UsageFilterBar } from '../features/usage/usage-filter-bar';
import { usageApiQuery, usageFilters, usageSort, usageSortParam } from '../features/usage/usage-filters';
import { useUsageGrowth } from '../features/usage/use-usage-growth';
import { useUsageGrowthColumns } from '../features/usage/use-usage-growth-columns';

/** `/usage`: the customers' associations with their active users since each began (partners: their own; vendor staff: all), and the CSV of the rows. */
export function UsagePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { filters, apply, reset } = useSearchParamFilters(usageFilters, (f) => ({ ...usageApiQuery(f), sort: f.sort || undefined }));
  const { all, shown } = useUsageGrowth(filters);
  const columns = useUsageGrowthColumns({ showPartner: me?.organisation.kind === 'VENDOR' });
  if (!me) return null;

  return (
    <ListPage
      title="usage.title"
      intro="usage.intro"
      exportUrl={usageExportUrl(usageApiQuery(filters))}
      actions={
        me.allowedActions.includes('usage.accessLog') && (
          <Button component={Link} to="/usage/access-log" variant="default" leftSection={<IconEye size={16} aria-hidden />}>
            {t('usage.accessLogLink')}
          </Button>
        )
      }
      filters={<UsageFilterBar rows={all} filters={filters} onChange={apply} onReset={reset} />}
      query={shown}
      columns={columns}
      rowKey="associationId"
      sort={{ value: usageSort(filters), onChange: (next) => apply({ ...filters, sort: usageSortParam(next) }) }}
      caption="usage.caption"
      minWidth={1040}
      testId="usage"
      shown="usage.shown"
      empty={{ icon: <IconChartLine aria-hidden />, title: 'usage.emptyTitle', text: 'usage.emptyText' }}
      noMatch={{ title: 'usage.noMatchTitle', text: 'usage.noMatchText' }}
      isFiltered={isNarrowed(usageApiQuery(filters))}
    />
  );
}
