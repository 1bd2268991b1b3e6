import type { ReviewQueueItem } from '@associa/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ClaimLink } from '../claims/claim-link';
import { ClaimStatusCell } from '../claims/claim-status-cell';
import type { ListColumn } from '../list-page/list-page-types';

/** The review queue's columns; the claim's name links to it (the page opens it on a click anywhere on the row, too). */
export function useReviewQueueColumns(): ListColumn<ReviewQueueItem>[] {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const names = useCatalogNames();
  return [
    {
      accessor: 'name',
      title: 'claims.name',
      render: (item) => <ClaimLink id={item.id} name={item.name} detail={item.programs.map(names.program).join(', ')} />,
    },
    {
      accessor: 'partner',
      title: 'review.queue.partner',
      render: (item) => (
        <>
          <Text size="sm">{item.partnerName}</Text>
          <Text size="xs" ff="monospace">
            {item.mpnId}
          </Text>
        </>
      ),
    },
    {
      accessor: 'customer',
      title: 'claims.customer',
      render: (item) => (
        <>
          <Text size="sm">{item.customerName ?? item.customerDomain ?? '—'}</Text>
          {item.customerName && item.customerDomain && <Text size="xs">{item.customerDomain}</Text>}
        </>
      ),
    },
    {
      accessor: 'status',
      title: 'claims.status',
      render: (item) => <ClaimStatusCell status={item.status} contested={item.contested} />,
    },
    { accessor: 'submitted', title: 'claims.submitted', render: (item) => <Text size="sm">{item.submittedAt ? dateTime(item.submittedAt) : '—'}</Text> },
    {
      accessor: 'due',
      title: 'review.queue.due',
      render: (item) => (
        <Group gap={6}>
          <Text size="sm">{item.dueAt ? dateTime(item.dueAt) : '—'}</Text>
          {item.isLate && (
            <Badge color="red.9" variant="filled" tt="none">
              {t('review.late')}
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'assignedTo', title: 'review.queue.assignedTo', render: (item) => <Text size="sm">{item.assignedReviewer?.name ?? t('review.queue.nobody')}</Text> },
  ];
}
