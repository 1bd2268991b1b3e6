import { Anchor, Breadcrumbs, Button, EmptyState, Stack, Text } from '@mantine/core';
import { IconChartLine, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { queryKeys } from '../api/query-keys';
import { findAssociationUsage, usageExportUrl } from '../api/usage-api';
import { useCatalogNames } from '../features/catalog/use-catalog-names';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { PageSection } from '../features/shell/page-section';
import { QueryError } from '../features/shell/query-error';
import { monthlyTotals } from '../features/usage/monthly-totals';
import { UsageChart } from '../features/usage/usage-chart';
import { UsageMonthsTable } from '../features/usage/usage-months-table';
import { useFormatters } from '../i18n/use-formatters';

/** `/usage/associations/:id`: one association's licensed seats and active users by month since it began, as a chart and a table. */
export function UsageAssociationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const names = useCatalogNames();
  const { month } = useFormatters();
  const usage = useQuery({ queryKey: queryKeys.associationUsage(id), queryFn: ({ signal }) => findAssociationUsage(id, signal) });
  const rows = usage.data?.items ?? [];
  const first = rows[0];
  const totals = monthlyTotals(rows);
  const title = first ? t('usage.associationTitle', { customer: first.tenantName ?? first.tenantId, product: names.product(first.productCode) }) : t('usage.associationTitleUnknown');

  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/usage" size="sm">
          {t('usage.title')}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        intro={totals[0] ? t('usage.associationIntro', { month: month(totals[0].month) }) : undefined}
        actions={
          first && (
            <Button component="a" href={usageExportUrl({ tenantId: first.tenantId, productCode: first.productCode })} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('list.export')}
            </Button>
          )
        }
      />
      {usage.isPending && <InlineLoader />}
      {usage.isError && <QueryError error={usage.error} onRetry={() => void usage.refetch()} />}
      {usage.data &&
        (totals.length === 0 ? (
          <EmptyState icon={<IconChartLine aria-hidden />} withIndicatorBackground title={t('usage.noMonthsTitle')} description={t('usage.noMonthsText')} />
        ) : (
          <Stack gap="xl">
            <PageSection title={t('usage.chartTitle')}>
              <UsageChart totals={totals} />
            </PageSection>
            <PageSection title={t('usage.monthsTitle')}>
              <UsageMonthsTable totals={totals} />
            </PageSection>
          </Stack>
        ))}
    </>
  );
}
