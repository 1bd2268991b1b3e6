import type { ManagedUser } from '@associa/contracts';
import { Box, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findUsers } from '../api/users-api';
import { queryKeys } from '../api/query-keys';
import { useMe } from '../features/auth/use-me';
import { ListPage } from '../features/list-page/list-page';
import { isNarrowed, withoutBlanks } from '../features/list-page/search-param-values';
import { useCursorList } from '../features/list-page/use-cursor-list';
import { useSearchListFilters } from '../features/list-page/use-list-filters';
import { ChangeRoleModal } from '../features/people/change-role-modal';
import { InvitationsSection } from '../features/people/invitations-section';
import { InviteModal } from '../features/people/invite-modal';
import { canPickOrganisation } from '../features/people/organisation-roles';
import { SetUserActiveModal } from '../features/people/set-user-active-modal';
import { useUserColumns } from '../features/people/use-user-columns';
import { UsersFilterBar } from '../features/people/users-filter-bar';
import { usersFilters } from '../features/people/users-filters';

/** `/users`: a partner admin's own people, or everyone for a program admin; roles, (de)activation, and the invitations. */
export function UsersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { filters, query, filterBar } = useSearchListFilters(usersFilters, withoutBlanks);
  const users = useCursorList(queryKeys.userList(query), (cursor, signal) => findUsers({ ...query, cursor }, signal));
  const isEveryone = !!me && canPickOrganisation(me);
  const columns = useUserColumns(isEveryone);
  const [isInviteOpen, inviteModal] = useDisclosure(false);
  const [toChangeRole, setToChangeRole] = useState<ManagedUser | null>(null);
  const [toSetActive, setToSetActive] = useState<ManagedUser | null>(null);
  if (!me) return null;

  return (
    <ListPage
      title="people.title"
      intro={isEveryone ? 'people.introEveryone' : 'people.intro'}
      actions={
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={inviteModal.open}>
          {t('people.invite')}
        </Button>
      }
      filters={<UsersFilterBar me={me} {...filterBar} />}
      query={users}
      columns={columns}
      caption="people.caption"
      minWidth={960}
      testId="users"
      shown="people.shown"
      empty={{ icon: <IconUsers aria-hidden />, title: 'people.emptyTitle' }}
      noMatch={{ title: 'people.noMatchTitle', text: 'people.noMatchText' }}
      isFiltered={isNarrowed(query)}
      rowActions={(user) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setToChangeRole(user)} aria-label={t('people.changeRoleAria', { name: user.name })}>
            {t('people.changeRole')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color={user.active ? 'red.9' : undefined}
            onClick={() => setToSetActive(user)}
            aria-label={t(user.active ? 'people.deactivateAria' : 'people.reactivateAria', { name: user.name })}
          >
            {t(user.active ? 'people.deactivate' : 'people.reactivate')}
          </Button>
        </Group>
      )}
    >
      <Box mt="xl">
        <InvitationsSection organisationId={filters.organisationId} showOrganisation={isEveryone} />
      </Box>
      <InviteModal opened={isInviteOpen} onClose={inviteModal.close} />
      <ChangeRoleModal user={toChangeRole} onClose={() => setToChangeRole(null)} />
      <SetUserActiveModal user={toSetActive} onClose={() => setToSetActive(null)} />
    </ListPage>
  );
}
