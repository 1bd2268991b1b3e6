import { ContestedBadge } from './contested-badge';
import type { ReviewQueueItem } from '@associa/contracts';
import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ClaimStatusBadge } from '../claims/claim-status-badge';

/** The reviewers' queue; a click anywhere on a row (or its link) opens the claim. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { dateTime } = useFormatters();
  const names = useCatalogNames();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm" data-testid="review-queue">
        <caption>
          <VisuallyHidden>{t('review.queue.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('claims.name')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.partner')}</Table.Th>
            <Table.Th scope="col">{t('claims.customer')}</Table.Th>
            <Table.Th scope="col">{t('claims.status')}</Table.Th>
            <Table.Th scope="col">{t('claims.submitted')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.due')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.assignedTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/claims/${item.id}`)}>
              <Table.Td>
                <Anchor component={Link} to={`/claims/${item.id}`} fw={600} onClick={(e) => e.stopPropagation()}>
                  {item.name ?? t('claims.unnamed')}
                </Anchor>
                <Text size="xs">{item.programs.map(names.program).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.partnerName}</Text>
                <Text size="xs" ff="monospace">
                  {item.mpnId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.customerName ?? item.customerDomain ?? '—'}</Text>
                {item.customerName && item.customerDomain && <Text size="xs">{item.customerDomain}</Text>}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <ClaimStatusBadge status={item.status} />
                  {item.contested && <ContestedBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.submittedAt ? dateTime(item.submittedAt) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{item.dueAt ? dateTime(item.dueAt) : '—'}</Text>
                  {item.isLate && (
                    <Badge color="red.9" variant="filled" tt="none">
                      {t('review.late')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.assignedReviewer?.name ?? t('review.queue.nobody')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
