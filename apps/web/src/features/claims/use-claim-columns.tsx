import type { ClaimSummary } from '@associa/contracts';
import { Stack, Text } from '@mantine/core';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListColumn } from '../list-page/list-page-types';
import { ClaimLink } from './claim-link';
import { ClaimStatusCell } from './claim-status-cell';

/** The claims list's columns; each row's name links to the claim page, and the sortable ones sort by the API's sort names. */
export function useClaimColumns(): ListColumn<ClaimSummary>[] {
  const { dateTime } = useFormatters();
  const names = useCatalogNames();
  return [
    {
      accessor: 'name',
      title: 'claims.name',
      sortable: true,
      render: (claim) => <ClaimLink id={claim.id} name={claim.name} detail={claim.products.map(names.product).join(', ')} />,
    },
    {
      accessor: 'customer',
      title: 'claims.customer',
      render: ({ customer }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {customer.name ?? customer.domain ?? '—'}
          </Text>
          {customer.name && customer.domain && <Text size="xs">{customer.domain}</Text>}
        </Stack>
      ),
    },
    {
      accessor: 'location',
      title: 'claims.location',
      render: ({ location }) => (
        <>
          <Text size="sm" ff="monospace">
            {location.mpnId}
          </Text>
          <Text size="xs">{location.name}</Text>
        </>
      ),
    },
    {
      accessor: 'solutionArea',
      title: 'claims.solutionAreaAndPrograms',
      render: (claim) => (
        <>
          <Text size="sm">{claim.solutionArea ? names.solutionArea(claim.solutionArea) : '—'}</Text>
          <Text size="xs">{claim.programs.map(names.program).join(', ')}</Text>
        </>
      ),
    },
    {
      accessor: 'status',
      title: 'claims.status',
      sortable: true,
      render: (claim) => <ClaimStatusCell status={claim.status} contested={claim.contested} />,
    },
    { accessor: 'updated', title: 'claims.updated', sortable: true, render: (claim) => <Text size="sm">{dateTime(claim.updatedAt)}</Text> },
    {
      accessor: 'submitted',
      title: 'claims.submitted',
      sortable: true,
      render: (claim) => <Text size="sm">{claim.submittedAt ? dateTime(claim.submittedAt) : '—'}</Text>,
    },
  ];
}
