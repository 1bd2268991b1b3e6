import type { Partner } from '@associa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../list-page/list-page-types';
import { StatusBadge } from '../shell/status-badge';

/** One person of a partner, as the partner page lists them. */
type PartnerMember = Partner['users'][number];

/** The partner page's people: name, e-mail, role and whether they can sign in. */
export function useMemberColumns(): ListColumn<PartnerMember>[] {
  const { t } = useTranslation();
  return [
    { accessor: 'name', title: 'people.name', render: (member) => <Text fw={500} size="sm">{member.name}</Text> },
    { accessor: 'email', title: 'people.email', render: (member) => member.email },
    { accessor: 'role', title: 'people.role', render: (member) => t(`roles.${member.role}`) },
    {
      accessor: 'status',
      title: 'people.status',
      render: (member) => <StatusBadge color={member.active ? 'green' : 'gray'}>{t(member.active ? 'people.active' : 'people.deactivated')}</StatusBadge>,
    },
  ];
}
