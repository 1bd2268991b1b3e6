import { AssociationSortSchema, AssociationStatusSchema, type AssociationStatus, type ProgramCode } from '@associa/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../catalog/use-catalog';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListFilterBarProps } from '../list-page/use-list-filters';
import type { AssociationSort, AssociationsFilters } from './associations-filters';

/** Search, status, program and sort of the associations list; the search text is the parent's, so it can debounce it. */
export function AssociationsFilterBar(props: ListFilterBarProps<AssociationsFilters>) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const { data: catalog } = useCatalog();
  const names = useCatalogNames();
  const set = (patch: Partial<AssociationsFilters>) => onChange({ ...filters, ...patch });
  const any = { value: '', label: t('claims.filters.any') };

  return (
    <Group align="flex-end" wrap="wrap" gap="md" role="search" aria-label={t('associations.filters.label')}>
      <TextInput
        type="search"
        label={t('associations.filters.search')}
        description={t('associations.filters.searchDescription')}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        w={360}
      />
      <NativeSelect
        label={t('claims.filters.status')}
        value={filters.status}
        onChange={(event) => set({ status: event.currentTarget.value as AssociationStatus | '' })}
        data={[any, ...AssociationStatusSchema.options.map((status) => ({ value: status, label: t(`associations.status.${status}`) }))]}
        w={160}
      />
      <NativeSelect
        label={t('claims.filters.program')}
        value={filters.program}
        onChange={(event) => set({ program: event.currentTarget.value as ProgramCode | '' })}
        data={[any, ...(catalog?.programs ?? []).filter((p) => p.isClaimable).map((p) => ({ value: p.code, label: names.program(p.code) }))]}
        w={240}
      />
      <NativeSelect
        label={t('claims.filters.sort')}
        value={filters.sort}
        onChange={(event) => set({ sort: event.currentTarget.value as AssociationSort })}
        data={AssociationSortSchema.options.map((sort) => ({ value: sort, label: t(`associations.sort.${sort}`) }))}
        w={220}
      />
      <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={props.onReset}>
        {t('claims.filters.reset')}
      </Button>
    </Group>
  );
}
