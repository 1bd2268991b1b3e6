import type { Invitation, InvitationStatus } from '@associa/contracts';
import { Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { StatusBadge } from '../shell/status-badge';

const STATUS_COLORS: Record<InvitationStatus, MantineColor> = { PENDING: 'blue', ACCEPTED: 'green', REVOKED: 'gray', EXPIRED: 'orange' };

/** The invitations list's columns; the organisation only where invitations of several are listed. */
export function useInvitationColumns(showOrganisation: boolean): ListColumn<Invitation>[] {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  return [
    {
      accessor: 'email',
      title: 'people.invitee',
      render: (invitation) => (
        <>
          <Text fw={500} size="sm">
            {invitation.name}
          </Text>
          <Text size="sm">{invitation.email}</Text>
        </>
      ),
    },
    { accessor: 'role', title: 'people.role', render: (invitation) => t(`roles.${invitation.role}`) },
    { accessor: 'organisation', title: 'people.organisation', hidden: !showOrganisation, render: (invitation) => invitation.organisation.name },
    {
      accessor: 'status',
      title: 'people.status',
      render: (invitation) => <StatusBadge color={STATUS_COLORS[invitation.status]}>{t(`people.invitationStatuses.${invitation.status}`)}</StatusBadge>,
    },
    { accessor: 'invitedBy', title: 'people.invitedBy', render: (invitation) => invitation.invitedBy },
    { accessor: 'sent', title: 'people.sent', render: (invitation) => dateTime(invitation.lastSentAt ?? invitation.createdAt) },
    { accessor: 'expires', title: 'people.expires', render: (invitation) => dateTime(invitation.expiresAt) },
  ];
}
