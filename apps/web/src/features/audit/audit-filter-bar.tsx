import { AuditActionSchema, type MeResponse } from '@associa/contracts';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterResetButton } from '../list-page/filter-reset-button';
import { OrganisationFilter } from '../people/organisation-filter';
import type { AuditFilters } from './audit-filters';

/** The audit log's action, organisation (the vendor or a partner) and period. */
export function AuditFilterBar(props: { me: MeResponse; filters: AuditFilters; onChange: (filters: AuditFilters) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilters>) => props.onChange({ ...props.filters, ...patch });
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      <Select
        label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('audit.clearAction') }}
        value={props.filters.action || null}
        onChange={(action) => set({ action: action ?? '' })}
        data={AuditActionSchema.options.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        w={280}
      />
      <OrganisationFilter me={props.me} value={props.filters.organisationId} onChange={(organisationId) => set({ organisationId })} />
      <TextInput type="date" label={t('audit.from')} value={props.filters.from} onChange={(event) => set({ from: event.currentTarget.value })} w={180} />
      <TextInput type="date" label={t('audit.to')} value={props.filters.to} onChange={(event) => set({ to: event.currentTarget.value })} w={180} />
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
