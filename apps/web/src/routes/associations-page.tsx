import type { Association } from '@associa/contracts';
import { Button, Center, EmptyState, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { associationsExportUrl } from '../api/associations-api';
import { AssociationsFilterBar } from '../features/associations/associations-filter-bar';
import {
  associationFiltersFromSearchParams,
  associationFiltersToQuery,
  hasActiveAssociationFilters,
  type AssociationsFilters,
} from '../features/associations/associations-filters';
import { AssociationsTable } from '../features/associations/associations-table';
import { EndAssociationModal } from '../features/associations/end-association-modal';
import { useAssociationPermissions } from '../features/associations/use-association-permissions';
import { useAssociationsList } from '../features/associations/use-associations-list';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

const SEARCH_DEBOUNCE_MS = 300;

/** `/associations`: the keys partners hold or held (one row per product or subscription), with filters, paging and CSV export. */
export function AssociationsPage() {
  const { t } = useTranslation();
  const { canEnd, showPartner } = useAssociationPermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = associationFiltersFromSearchParams(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [ending, setEnding] = useState<Association | null>(null);
  const applyFilters = (next: AssociationsFilters) =>
    setSearchParams(new URLSearchParams(associationFiltersToQuery(next) as Record<string, string>), { replace: true });

  useEffect(() => {
    if (debouncedSearch !== filters.q) applyFilters({ ...filters, q: debouncedSearch });
    // Only a settled search term updates the address; the other filters are already there.
  }, [debouncedSearch]);

  const query = associationFiltersToQuery(filters);
  const list = useAssociationsList(query);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = hasActiveAssociationFilters(filters);

  return (
    <>
      <PageHeader
        title={t('associations.title')}
        intro={t('associations.intro')}
        actions={
          <Button component="a" href={associationsExportUrl(query)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('claims.export')}
          </Button>
        }
      />
      <Stack gap="md">
        <AssociationsFilterBar
          filters={filters}
          search={search}
          onSearchChange={setSearch}
          onChange={applyFilters}
          onReset={() => {
            setSearch('');
            setSearchParams(new URLSearchParams(), { replace: true });
          }}
        />
        {list.isPending && <InlineLoader />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data &&
          (items.length === 0 ? (
            <EmptyState
              icon={<IconLink aria-hidden />}
              withIndicatorBackground
              title={isFiltered ? t('associations.noMatchTitle') : t('associations.emptyTitle')}
              description={isFiltered ? t('associations.noMatchText') : t('associations.emptyText')}
            />
          ) : (
            <>
              <Text size="sm" role="status">
                {t('associations.shown', { count: items.length })}
              </Text>
              <AssociationsTable associations={items} showPartner={showPartner} onEnd={canEnd ? setEnding : undefined} />
              {list.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {t('claims.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          ))}
      </Stack>
      <EndAssociationModal association={ending} onClose={() => setEnding(null)} />
    </>
  );
}
