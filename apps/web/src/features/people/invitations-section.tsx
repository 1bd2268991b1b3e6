import { InvitationStatusSchema, type Invitation } from '@associa/contracts';
import { Button, Group, NativeSelect } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findInvitations, resendInvitation } from '../../api/invitations-api';
import { queryKeys } from '../../api/query-keys';
import { useApiErrorText } from '../forms/use-server-problems';
import { ListView } from '../list-page/list-view';
import { withoutBlanks } from '../list-page/search-param-values';
import { useCursorList } from '../list-page/use-cursor-list';
import { PageSection } from '../shell/page-section';
import { useNotify } from '../shell/use-notify';
import { RevokeInvitationModal } from './revoke-invitation-modal';
import { useInvitationColumns } from './use-invitation-columns';

/** The invitations of one organisation (or all the caller manages), by status, with resend and revoke. */
export function InvitationsSection({ organisationId, showOrganisation }: { organisationId: string; showOrganisation: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useApiErrorText();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const query = withoutBlanks({ organisationId, status });
  const invitations = useCursorList(queryKeys.invitationList(query), (cursor, signal) => findInvitations({ ...query, cursor }, signal));
  const columns = useInvitationColumns(showOrganisation);
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const resend = useMutation({
    mutationFn: (invitation: Invitation) => resendInvitation(invitation.id),
    onSuccess: (sent) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
      notify({ color: 'green', message: t('people.resentNotice', { email: sent.email }) });
    },
    onError: (error) => notify({ color: 'red', message: errorText(error) }),
  });

  return (
    <PageSection title={t('people.invitationsTitle')}>
      <NativeSelect
        label={t('people.invitationStatus')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
        data={[{ value: '', label: t('list.any') }, ...InvitationStatusSchema.options.map((value) => ({ value, label: t(`people.invitationStatuses.${value}`) }))]}
        maw={220}
      />
      <ListView
        query={invitations}
        columns={columns}
        caption="people.invitationsCaption"
        minWidth={900}
        testId="invitations"
        empty={{ icon: <IconMailForward aria-hidden />, title: 'people.noInvitations' }}
        noMatch={{ title: 'people.noInvitationsMatch' }}
        isFiltered={!!status}
        rowActions={(invitation) =>
          invitation.status !== 'ACCEPTED' &&
          invitation.status !== 'REVOKED' && (
            <Group gap="xs" justify="flex-end" wrap="nowrap">
              <Button size="xs" variant="default" loading={resend.isPending && resend.variables?.id === invitation.id} onClick={() => resend.mutate(invitation)} aria-label={t('people.resendAria', { email: invitation.email })}>
                {t('people.resend')}
              </Button>
              {invitation.status === 'PENDING' && (
                <Button size="xs" variant="outline" color="red.9" onClick={() => setToRevoke(invitation)} aria-label={t('people.revokeAria', { email: invitation.email })}>
                  {t('people.revoke')}
                </Button>
              )}
            </Group>
          )
        }
      />
      <RevokeInvitationModal invitation={toRevoke} onClose={() => setToRevoke(null)} />
    </PageSection>
  );
}
