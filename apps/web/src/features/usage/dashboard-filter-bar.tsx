import { ProgramCodeSchema, type MeResponse } from '@associa/contracts';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { FilterResetButton } from '../list-page/filter-reset-button';
import { OrganisationFilter } from '../people/organisation-filter';
import type { DashboardFilters } from './dashboard-filters';

/** The dashboard's period, program and partner (for those who manage partners). */
export function DashboardFilterBar(props: { me: MeResponse; filters: DashboardFilters; onChange: (filters: DashboardFilters) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const set = (patch: Partial<DashboardFilters>) => props.onChange({ ...props.filters, ...patch });
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      <TextInput type="month" label={t('usage.filters.from')} value={props.filters.from} onChange={(event) => set({ from: event.currentTarget.value })} w={180} />
      <TextInput type="month" label={t('usage.filters.to')} value={props.filters.to} onChange={(event) => set({ to: event.currentTarget.value })} w={180} />
      <Select
        label={t('usage.filters.program')}
        placeholder={t('list.any')}
        clearable
        clearButtonProps={{ 'aria-label': t('usage.filters.clear', { filter: t('usage.filters.program') }) }}
        value={props.filters.program || null}
        onChange={(program) => set({ program: program ?? '' })}
        data={ProgramCodeSchema.options.map((value) => ({ value, label: names.program(value) }))}
        w={240}
      />
      {props.me.allowedActions.includes('partners.manage') && <OrganisationFilter me={props.me} value={props.filters.organisationId} onChange={(organisationId) => set({ organisationId })} />}
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
