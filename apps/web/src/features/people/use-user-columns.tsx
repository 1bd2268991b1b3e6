import type { ManagedUser } from '@associa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { StatusBadge } from '../shell/status-badge';

/** The users list's columns; the organisation only for those who see more than their own. */
export function useUserColumns(showOrganisation: boolean): ListColumn<ManagedUser>[] {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  return [
    { accessor: 'name', title: 'people.name', render: (user) => <Text fw={500} size="sm">{user.name}</Text> },
    { accessor: 'email', title: 'people.email', render: (user) => user.email },
    { accessor: 'role', title: 'people.role', render: (user) => t(`roles.${user.role}`) },
    { accessor: 'organisation', title: 'people.organisation', hidden: !showOrganisation, render: (user) => user.organisation.name },
    {
      accessor: 'status',
      title: 'people.status',
      render: (user) => <StatusBadge color={user.active ? 'green' : 'gray'}>{t(user.active ? 'people.active' : 'people.deactivated')}</StatusBadge>,
    },
    { accessor: 'created', title: 'people.created', render: (user) => dateTime(user.createdAt) },
  ];
}
