import { Button, Center, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { claimsExportUrl } from '../api/claims-api';
import { useMe } from '../features/auth/use-me';
import { ClaimsFilterBar } from '../features/claims/claims-filter-bar';
import {
  filtersFromSearchParams,
  filtersToQuery,
  filtersToSearchParams,
  hasActiveFilters,
  type ClaimsFilters,
} from '../features/claims/claims-filters';
import { ClaimsTable } from '../features/claims/claims-table';
import { useClaimsList } from '../features/claims/use-claims-list';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

const SEARCH_DEBOUNCE_MS = 300;

/** `/claims`: the partner's customer associations with search, filters, sort, paging and CSV export. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const applyFilters = (next: ClaimsFilters) => setSearchParams(filtersToSearchParams(next), { replace: true });

  useEffect(() => {
    if (debouncedSearch !== filters.q) applyFilters({ ...filters, q: debouncedSearch });
    // Only a settled search term updates the address; the other filters are already there.
  }, [debouncedSearch]);

  const query = filtersToQuery(filters);
  const claims = useClaimsList(query);
  const items = claims.data?.pages.flatMap((page) => page.items) ?? [];
  const canCreate = me?.allowedActions.includes('claims.create') ?? false;

  return (
    <>
      <PageHeader
        title={t('claims.title')}
        intro={t('claims.intro')}
        actions={
          <Group gap="sm">
            <Button component="a" href={claimsExportUrl(query)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('claims.export')}
            </Button>
            {canCreate && (
              <Button component={Link} to="/claims/new">
                {t('claims.create')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <ClaimsFilterBar
          filters={filters}
          search={search}
          onSearchChange={setSearch}
          onChange={applyFilters}
          onReset={() => {
            setSearch('');
            setSearchParams(new URLSearchParams(), { replace: true });
          }}
        />
        {claims.isPending && <InlineLoader />}
        {claims.isError && <QueryError error={claims.error} onRetry={() => void claims.refetch()} />}
        {claims.data &&
          (items.length === 0 ? (
            <EmptyState
              icon={<IconFileSearch aria-hidden />}
              withIndicatorBackground
              title={hasActiveFilters(filters) ? t('claims.noMatchTitle') : t('claims.emptyTitle')}
              description={hasActiveFilters(filters) ? t('claims.noMatchText') : canCreate ? t('claims.emptyText') : t('claims.emptyTextReadOnly')}
            />
          ) : (
            <>
              <Text size="sm" role="status">
                {t('claims.shown', { count: items.length })}
              </Text>
              <ClaimsTable claims={items} />
              {claims.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={() => void claims.fetchNextPage()} loading={claims.isFetchingNextPage}>
                    {t('claims.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          ))}
      </Stack>
    </>
  );
}
