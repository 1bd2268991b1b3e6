import { Button, Center, EmptyState, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantsTable } from '../features/directory/tenants-table';
import { useTenantSearch } from '../features/directory/use-tenant-search';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

const SEARCH_DEBOUNCE_MS = 300;

/** `/directory`: the customer tenant directory for vendor staff, searchable, paged with "Load more". */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const tenants = useTenantSearch(debouncedSearch);
  const items = tenants.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('directory.title')} intro={t('directory.intro')} />
      <Stack gap="md">
        <TextInput
          type="search"
          label={t('directory.searchLabel')}
          description={t('directory.searchDescription')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          maw={420}
        />
        {tenants.isPending && <InlineLoader />}
        {tenants.isError && <QueryError error={tenants.error} onRetry={() => void tenants.refetch()} />}
        {tenants.data &&
          (items.length === 0 ? (
            <EmptyState
              icon={<IconUsersGroup aria-hidden />}
              withIndicatorBackground
              title={t('directory.emptyTitle')}
              description={t('directory.emptyText')}
            />
          ) : (
            <>
              <Text size="sm" role="status">
                {t('directory.shown', { count: items.length })}
              </Text>
              <TenantsTable tenants={items} />
              {tenants.hasNextPage && (
                <Center>
                  <Button
                    variant="default"
                    onClick={() => void tenants.fetchNextPage()}
                    loading={tenants.isFetchingNextPage}
                  >
                    {t('directory.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          ))}
      </Stack>
    </>
  );
}
