import { EmptyState } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findLocations } from '../api/directory-api';
import { queryKeys } from '../api/query-keys';
import { LocationsTable } from '../features/locations/locations-table';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

/** `/locations`: the caller's organisation's locations; vendor users see an explanation instead. */
export function LocationsPage() {
  const { t } = useTranslation();
  const locations = useQuery({ queryKey: queryKeys.locations, queryFn: ({ signal }) => findLocations(signal) });

  return (
    <>
      <PageHeader title={t('locations.title')} intro={t('locations.intro')} />
      {locations.isPending && <InlineLoader />}
      {locations.isError && <QueryError error={locations.error} onRetry={() => void locations.refetch()} />}
      {locations.data &&
        (locations.data.items.length === 0 ? (
          <EmptyState
            icon={<IconMapPinOff aria-hidden />}
            withIndicatorBackground
            title={t('locations.emptyTitle')}
            description={t('locations.emptyText')}
          />
        ) : (
          <LocationsTable locations={locations.data.items} />
        ))}
    </>
  );
}
