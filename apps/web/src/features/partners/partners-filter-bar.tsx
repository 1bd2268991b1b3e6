import { PartnerStatusSchema } from '@associa/contracts';
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterResetButton } from '../list-page/filter-reset-button';
import { ListSearchInput } from '../list-page/list-search-input';
import type { ListFilterBarProps } from '../list-page/use-list-filters';
import type { PartnersFilters } from './partners-filters';

/** Search by name or MPN ID, and the status. */
export function PartnersFilterBar(props: ListFilterBarProps<PartnersFilters>) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      <ListSearchInput label={t('partners.search')} description={t('partners.searchDescription')} value={props.search} onChange={props.onSearchChange} />
      <NativeSelect
        label={t('partners.status')}
        value={props.filters.status}
        onChange={(event) => props.onChange({ ...props.filters, status: event.currentTarget.value })}
        data={[{ value: '', label: t('list.any') }, ...PartnerStatusSchema.options.map((status) => ({ value: status, label: t(`partners.statuses.${status}`) }))]}
        w={200}
      />
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
