import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { getClaimConflicts } from '../../api/review-api';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { InlineLoader } from '../shell/inline-loader';
import { QueryError } from '../shell/query-error';
import { ConflictCard } from './conflict-card';

/** For reviewers of a contested claim: every competing claim side by side, most recent PoE first, under each program's rule. */
export function ClaimConflicts({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const conflicts = useQuery({ queryKey: queryKeys.claimConflicts(claimId), queryFn: ({ signal }) => getClaimConflicts(claimId, signal) });

  if (conflicts.isPending) return <InlineLoader />;
  if (conflicts.isError) return <QueryError error={conflicts.error} onRetry={() => void conflicts.refetch()} />;
  const { rules, items } = conflicts.data;
  return (
    <Stack gap="sm">
      {rules.length > 0 && (
        <List size="sm" spacing={2} aria-label={t('review.conflicts.rules')} data-testid="conflict-rules">
          {rules.map((rule) => (
            <List.Item key={rule.program}>
              <Text span size="sm" fw={600}>
                {names.program(rule.program)}:
              </Text>{' '}
              {t(`review.conflicts.rule.${rule.conflictRule}`)}
            </List.Item>
          ))}
        </List>
      )}
      {items.length === 0 ? (
        <Text size="sm">{t('review.conflicts.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {items.map((item) => (
            <ConflictCard key={item.id} claim={item} isCurrent={item.id === claimId} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
