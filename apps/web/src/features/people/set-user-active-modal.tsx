import type { ManagedUser } from '@associa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { updateUser } from '../../api/users-api';
import { ConfirmModal } from '../shell/confirm-modal';
import { useConfirmedChange } from '../shell/use-confirmed-change';
import { useNotify } from '../shell/use-notify';

/** Asks before deactivating a user (their sessions and tokens stop at once) or reactivating one; LAST_ADMIN is said plainly. */
export function SetUserActiveModal({ user, onClose }: { user: ManagedUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { shown, modal } = useConfirmedChange(user, onClose, {
    run: (target) => updateUser(target.id, { active: !target.active }),
    onDone: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners });
      notify({ color: 'green', message: t(saved.active ? 'people.reactivated' : 'people.deactivatedNotice', { name: saved.name }) });
    },
  });
  const isDeactivating = shown?.active ?? true;
  return (
    <ConfirmModal
      {...modal}
      title={t(isDeactivating ? 'people.deactivateTitle' : 'people.reactivateTitle')}
      text={t(isDeactivating ? 'people.deactivateText' : 'people.reactivateText', { name: shown?.name ?? '' })}
      confirmLabel={t(isDeactivating ? 'people.deactivate' : 'people.reactivate')}
      isDrastic={isDeactivating}
    />
  );
}
