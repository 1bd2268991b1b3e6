import { Button, Stack } from '@mantine/core';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { getUsageDashboard, usageDashboardExportUrl } from '../api/usage-api';
import { useMe } from '../features/auth/use-me';
import { ListView } from '../features/list-page/list-view';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { PageSection } from '../features/shell/page-section';
import { QueryError } from '../features/shell/query-error';
import { DashboardAssociationsTable } from '../features/usage/dashboard-associations-table';
import { DashboardFilterBar } from '../features/usage/dashboard-filter-bar';
import { dashboardApiQuery, dashboardFilters, growthSortFilters, type DashboardFilters } from '../features/usage/dashboard-filters';
import { DashboardMonthlyChart } from '../features/usage/dashboard-monthly-chart';
import { filterAndSortGrowth, usageSort, usageSortParam } from '../features/usage/usage-filters';
import { useUsageGrowthColumns } from '../features/usage/use-usage-growth-columns';

/** `/admin/usage`: the vendor's program dashboard: active associations, active users under association by month, and the growth an incentive is paid on. */
export function UsageDashboardPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { filters, apply, reset } = useSearchParamFilters((params) => dashboardFilters(params), (f: DashboardFilters) => ({ ...dashboardApiQuery(f), sort: f.sort || undefined }));
  const query = dashboardApiQuery(filters);
  const fetch = { queryKey: queryKeys.usageDashboard(query), queryFn: ({ signal }: { signal: AbortSignal }) => getUsageDashboard(query, signal), placeholderData: keepPreviousData };
  const dashboard = useQuery(fetch);
  // The same query (one request, one access entry), its growth rows in the table's order.
  const growth = useQuery({ ...fetch, select: (data) => ({ items: filterAndSortGrowth(data.growth, growthSortFilters(filters)) }) });
  const columns = useUsageGrowthColumns({ showPartner: true });
  if (!me) return null;

  return (
    <>
      <PageHeader
        title={t('usageDashboard.title')}
        intro={t('usageDashboard.intro')}
        actions={
          <Button component="a" href={usageDashboardExportUrl(query)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('usageDashboard.export')}
          </Button>
        }
      />
      <Stack gap="xl">
        <DashboardFilterBar me={me} filters={filters} onChange={apply} onReset={reset} />
        {dashboard.isPending && <InlineLoader />}
        {dashboard.isError && <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
        {dashboard.data && (
          <>
            <PageSection title={t('usageDashboard.associationsTitle')}>
              <DashboardAssociationsTable rows={dashboard.data.associations} />
            </PageSection>
            <PageSection title={t('usageDashboard.monthlyTitle')}>
              <DashboardMonthlyChart months={dashboard.data.activeUsersByMonth} />
            </PageSection>
            <PageSection title={t('usageDashboard.growthTitle')}>
              <ListView
                query={growth}
                columns={columns}
                rowKey="associationId"
                sort={{ value: usageSort(growthSortFilters(filters)), onChange: (next) => apply({ ...filters, sort: usageSortParam(next) }) }}
                caption="usageDashboard.growthTitle"
                minWidth={1100}
                testId="dashboard-growth"
                empty={{ icon: <IconChartBar aria-hidden />, title: 'usageDashboard.noGrowth' }}
              />
            </PageSection>
          </>
        )}
      </Stack>
    </>
  );
}
