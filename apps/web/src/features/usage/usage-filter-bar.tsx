import { ProgramCodeSchema, type UsageGrowth } from '@associa/contracts';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { FilterResetButton } from '../list-page/filter-reset-button';
import type { UsageFilters } from './usage-filters';

/** The usage overview's tenant, product, program and period; tenants and products are those of the loaded associations. */
export function UsageFilterBar(props: { rows: UsageGrowth[]; filters: UsageFilters; onChange: (filters: UsageFilters) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const set = (patch: Partial<UsageFilters>) => props.onChange({ ...props.filters, ...patch });
  const tenants = new Map(props.rows.map((row) => [row.tenantId, row.tenantName ?? row.tenantId]));
  const products = [...new Set(props.rows.map((row) => row.productCode))];
  const select = (name: 'tenantId' | 'productCode' | 'program', data: { value: string; label: string }[]) => (
    <Select
      label={t(`usage.filters.${name}`)}
      placeholder={t('list.any')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('usage.filters.clear', { filter: t(`usage.filters.${name}`) }) }}
      value={props.filters[name] || null}
      onChange={(value) => set({ [name]: value ?? '' })}
      data={data}
      w={240}
    />
  );
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      {select('tenantId', [...tenants].map(([value, label]) => ({ value, label })))}
      {select('productCode', products.map((value) => ({ value, label: names.product(value) })))}
      {select('program', ProgramCodeSchema.options.map((value) => ({ value, label: names.program(value) })))}
      <TextInput type="month" label={t('usage.filters.from')} value={props.filters.from} onChange={(event) => set({ from: event.currentTarget.value })} w={180} />
      <TextInput type="month" label={t('usage.filters.to')} value={props.filters.to} onChange={(event) => set({ to: event.currentTarget.value })} w={180} />
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
