import type { Invitation } from '@associa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { revokeInvitation } from '../../api/invitations-api';
import { queryKeys } from '../../api/query-keys';
import { ConfirmModal } from '../shell/confirm-modal';
import { useConfirmedChange } from '../shell/use-confirmed-change';
import { useNotify } from '../shell/use-notify';

/** Asks before withdrawing a pending invitation: its link stops working at once. */
export function RevokeInvitationModal({ invitation, onClose }: { invitation: Invitation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { shown, modal } = useConfirmedChange(invitation, onClose, {
    run: (target) => revokeInvitation(target.id),
    onDone: (revoked) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
      notify({ color: 'green', message: t('people.revokedNotice', { email: revoked.email }) });
    },
  });
  return <ConfirmModal {...modal} title={t('people.revokeTitle')} text={t('people.revokeText', { email: shown?.email ?? '' })} confirmLabel={t('people.revoke')} isDrastic />;
}
