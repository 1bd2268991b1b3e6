import type { MeResponse } from '@associa/contracts';
import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterResetButton } from '../list-page/filter-reset-button';
import { OrganisationFilter } from '../people/organisation-filter';
import type { AccessLogFilters } from './access-log-filters';

/** The access log's partner (for those who manage partners), tenant ID (vendor staff) and period. */
export function AccessLogFilterBar(props: { me: MeResponse; filters: AccessLogFilters; onChange: (filters: AccessLogFilters) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<AccessLogFilters>) => props.onChange({ ...props.filters, ...patch });
  const isVendor = props.me.organisation.kind === 'VENDOR';
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      {props.me.allowedActions.includes('partners.manage') && <OrganisationFilter me={props.me} value={props.filters.organisationId} onChange={(organisationId) => set({ organisationId })} />}
      {/* Applied when the field is left: a half-typed ID is not yet a filter. */}
      {isVendor && <TextInput label={t('usageAccess.tenantId')} placeholder="00000000-0000-0000-0000-000000000000" defaultValue={props.filters.tenantId} onBlur={(event) => set({ tenantId: event.currentTarget.value.trim() })} w={340} />}
      <TextInput type="date" label={t('usageAccess.from')} value={props.filters.from} onChange={(event) => set({ from: event.currentTarget.value })} w={180} />
      <TextInput type="date" label={t('usageAccess.to')} value={props.filters.to} onChange={(event) => set({ to: event.currentTarget.value })} w={180} />
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
