import { ClaimSortSchema, ClaimStatusSchema, type ClaimSort, type ClaimStatus } from '@associa/contracts';
import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findLocations } from '../../api/directory-api';
import { queryKeys } from '../../api/query-keys';
import { useCatalog } from '../catalog/use-catalog';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListFilterBarProps } from '../list-page/use-list-filters';
import type { ClaimsFilters } from './claims-filters';

/** Search, filters and sort of the associations list; the search text is the parent's, so it can debounce it. */
export function ClaimsFilterBar(props: ListFilterBarProps<ClaimsFilters>) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const { data: catalog } = useCatalog();
  const names = useCatalogNames();
  const locations = useQuery({ queryKey: queryKeys.locations, queryFn: ({ signal }) => findLocations(signal) });
  const set = (patch: Partial<ClaimsFilters>) => onChange({ ...filters, ...patch });
  const any = { value: '', label: t('claims.filters.any') };

  const products = (catalog?.products ?? []).filter((p) => !filters.solutionArea || p.solutionArea === filters.solutionArea);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap" gap="md">
        <TextInput
          type="search"
          label={t('claims.filters.search')}
          description={t('claims.filters.searchDescription')}
          value={props.search}
          onChange={(event) => props.onSearchChange(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          w={360}
        />
        <MultiSelect
          label={t('claims.filters.status')}
          placeholder={filters.status.length ? undefined : t('claims.filters.anyStatus')}
          data={ClaimStatusSchema.options.map((status) => ({ value: status, label: t(`claimStatus.${status}`) }))}
          value={filters.status}
          onChange={(value) => set({ status: value as ClaimStatus[] })}
          clearable
          clearButtonProps={{ 'aria-label': t('claims.filters.clearStatus') }}
          w={320}
        />
        <NativeSelect
          label={t('claims.filters.sort')}
          value={filters.sort}
          onChange={(event) => set({ sort: event.currentTarget.value as ClaimSort })}
          data={ClaimSortSchema.options.map((sort) => ({ value: sort, label: t(`claims.sort.${sort}`) }))}
          w={240}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <NativeSelect
          label={t('claims.filters.location')}
          value={filters.locationId}
          onChange={(event) => set({ locationId: event.currentTarget.value })}
          data={[any, ...(locations.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.mpnId} · ${l.name}` }))]}
        />
        <NativeSelect
          label={t('claims.filters.solutionArea')}
          value={filters.solutionArea}
          onChange={(event) => set({ solutionArea: event.currentTarget.value, product: '' })}
          data={[any, ...(catalog?.solutionAreas ?? []).map((area) => ({ value: area.code, label: names.solutionArea(area.code) }))]}
        />
        <NativeSelect
          label={t('claims.filters.program')}
          value={filters.program}
          onChange={(event) => set({ program: event.currentTarget.value })}
          data={[any, ...(catalog?.programs ?? []).filter((p) => p.isClaimable).map((p) => ({ value: p.code, label: names.program(p.code) }))]}
        />
        <NativeSelect
          label={t('claims.filters.product')}
          value={filters.product}
          onChange={(event) => set({ product: event.currentTarget.value })}
          data={[any, ...products.map((p) => ({ value: p.code, label: p.name }))]}
        />
        <TextInput
          type="date"
          label={t('claims.filters.submittedFrom')}
          value={filters.submittedFrom}
          onChange={(event) => set({ submittedFrom: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('claims.filters.submittedTo')}
          value={filters.submittedTo}
          onChange={(event) => set({ submittedTo: event.currentTarget.value })}
        />
        <Group align="flex-end">
          <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={props.onReset}>
            {t('claims.filters.reset')}
          </Button>
        </Group>
      </SimpleGrid>
    </Stack>
  );
}
