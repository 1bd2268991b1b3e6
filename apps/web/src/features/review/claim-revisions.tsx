import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { getClaimRevisions } from '../../api/review-api';
import { useFormatters } from '../../i18n/use-formatters';
import { InlineLoader } from '../shell/inline-loader';
import { QueryError } from '../shell/query-error';

const FIELDS = ['name', 'customerContact', 'customerTechnicalContact', 'partnerContact', 'revenue'] as const;

/** A field's value as one line: objects (contacts, revenue) as their values joined by commas. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(', ') || '—';
  return String(value);
}

/** Every response or dispute the partner sent, each correction beside the value as first submitted. */
export function ClaimRevisions({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const { zonedDateTime } = useFormatters();
  const query = useQuery({ queryKey: queryKeys.claimRevisions(claimId), queryFn: ({ signal }) => getClaimRevisions(claimId, signal) });
  if (query.isPending) return <InlineLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { original, revisions } = query.data;
  if (revisions.length === 0) return <Text size="sm">{t('review.revisions.none')}</Text>;

  return (
    <Stack gap="sm" data-testid="claim-revisions">
      {revisions.map((revision) => {
        const corrected = FIELDS.filter((field) => revision.corrections[field] !== undefined);
        return (
          <Paper key={revision.revision} withBorder p="sm" component="article" aria-label={t('review.revisions.label', { number: revision.revision })}>
            <Group gap="xs" mb="xs">
              <Badge variant="light" tt="none">{t(`review.revisions.kind.${revision.kind}`)}</Badge>
              <Text size="sm" fw={600}>
                {t('review.revisions.label', { number: revision.revision })}
              </Text>
              <Text size="sm">
                {revision.createdBy} · <time dateTime={revision.createdAt}>{zonedDateTime(revision.createdAt)}</time>
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {revision.comment}
            </Text>
            <Text size="sm" mt={4}>
              {t('review.revisions.documents', { count: revision.documentIds.length })}
            </Text>
            {corrected.length > 0 && (
              <SimpleGrid cols={1} mt="xs">
                <Table withTableBorder fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('review.revisions.field')}</Table.Th>
                      <Table.Th scope="col">{t('review.revisions.original')}</Table.Th>
                      <Table.Th scope="col">{t('review.revisions.corrected')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {corrected.map((field) => (
                      <Table.Tr key={field}>
                        <Table.Th scope="row">{t(`claimFields.${field}`)}</Table.Th>
                        <Table.Td>{show(original[field])}</Table.Td>
                        <Table.Td>{show(revision.corrections[field])}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </SimpleGrid>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
