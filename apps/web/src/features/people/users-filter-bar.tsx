import { RoleSchema, type MeResponse } from '@associa/contracts';
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterResetButton } from '../list-page/filter-reset-button';
import { ListSearchInput } from '../list-page/list-search-input';
import type { ListFilterBarProps } from '../list-page/use-list-filters';
import { OrganisationFilter } from './organisation-filter';
import { ROLES_BY_KIND, canPickOrganisation } from './organisation-roles';
import type { UsersFilters } from './users-filters';

/** Search, and (for those who see every organisation) the organisation; the role and whether the account is active. */
export function UsersFilterBar({ me, ...props }: ListFilterBarProps<UsersFilters> & { me: MeResponse }) {
  const { t } = useTranslation();
  const isEveryone = canPickOrganisation(me);
  const set = (patch: Partial<UsersFilters>) => props.onChange({ ...props.filters, ...patch });
  const roles = isEveryone ? RoleSchema.options : ROLES_BY_KIND[me.organisation.kind];
  const any = { value: '', label: t('list.any') };
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      <ListSearchInput label={t('people.search')} description={t('people.searchDescription')} value={props.search} onChange={props.onSearchChange} />
      {isEveryone && <OrganisationFilter me={me} value={props.filters.organisationId} onChange={(organisationId) => set({ organisationId })} />}
      <NativeSelect
        label={t('people.role')}
        value={props.filters.role}
        onChange={(event) => set({ role: event.currentTarget.value })}
        data={[any, ...roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
        w={220}
      />
      <NativeSelect
        label={t('people.status')}
        value={props.filters.active}
        onChange={(event) => set({ active: event.currentTarget.value })}
        data={[any, { value: 'true', label: t('people.active') }, { value: 'false', label: t('people.deactivated') }]}
        w={180}
      />
      <FilterResetButton onReset={props.onReset} />
    </Group>
  );
}
