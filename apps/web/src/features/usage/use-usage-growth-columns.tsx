import type { UsageGrowth } from '@associa/contracts';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListColumn } from '../list-page/list-page-types';

/** The usage overview's columns; the customer opens the association's chart. Vendor staff also see the partner. */
export function useUsageGrowthColumns({ showPartner }: { showPartner: boolean }): ListColumn<UsageGrowth>[] {
  const { month, number, percent } = useFormatters();
  const names = useCatalogNames();
  const figure = (value: number | null, at: string | null) =>
    value === null || !at ? (
      '—'
    ) : (
      <>
        <Text size="sm">{number(value)}</Text>
        <Text size="xs">{month(at)}</Text>
      </>
    );
  return [
    {
      accessor: 'customer',
      title: 'usage.customer',
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`/usage/associations/${row.associationId}`} fw={500} size="sm">
          {row.tenantName ?? row.tenantId}
        </Anchor>
      ),
    },
    { accessor: 'product', title: 'usage.product', sortable: true, render: (row) => names.product(row.productCode) },
    { accessor: 'program', title: 'usage.program', sortable: true, render: (row) => names.program(row.program) },
    { accessor: 'partner', title: 'usage.partner', sortable: true, hidden: !showPartner, render: (row) => row.organisation.name },
    { accessor: 'start', title: 'usage.since', sortable: true, render: (row) => month(row.startMonth) },
    { accessor: 'startActiveUsers', title: 'usage.atStart', textAlign: 'right', render: (row) => figure(row.startActiveUsers, row.startMonth) },
    { accessor: 'latestActiveUsers', title: 'usage.latest', textAlign: 'right', render: (row) => figure(row.latestActiveUsers, row.latestMonth) },
    { accessor: 'change', title: 'usage.change', sortable: true, textAlign: 'right', render: (row) => (row.change === null ? '—' : `${row.change > 0 ? '+' : ''}${number(row.change)}`) },
    { accessor: 'changePercent', title: 'usage.changePercent', sortable: true, textAlign: 'right', render: (row) => (row.changePercent === null ? '—' : percent(row.changePercent)) },
  ];
}
