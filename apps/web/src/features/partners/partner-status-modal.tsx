import type { Partner } from '@associa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updatePartner } from '../../api/partners-api';
import { queryKeys } from '../../api/query-keys';
import { ConfirmModal } from '../shell/confirm-modal';
import { useConfirmedChange } from '../shell/use-confirmed-change';
import { useNotify } from '../shell/use-notify';

/** Asks before suspending a partner (it keeps reading but files no claims) or reactivating it. */
export function PartnerStatusModal({ partner, opened, onClose }: { partner: Partner; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { shown, modal } = useConfirmedChange(opened ? partner : null, onClose, {
    run: (target) => updatePartner(target.id, { status: target.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE' }),
    onDone: (saved) => {
      queryClient.setQueryData(queryKeys.partner(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners });
      notify({ color: 'green', message: t(saved.status === 'SUSPENDED' ? 'partners.suspended' : 'partners.reactivated', { name: saved.name }) });
    },
  });
  const isSuspending = (shown ?? partner).status === 'ACTIVE';
  return (
    <ConfirmModal
      {...modal}
      title={t(isSuspending ? 'partners.suspendTitle' : 'partners.reactivateTitle')}
      text={t(isSuspending ? 'partners.suspendText' : 'partners.reactivateText', { name: partner.name })}
      confirmLabel={t(isSuspending ? 'partners.suspend' : 'partners.reactivate')}
      isDrastic={isSuspending}
    />
  );
}
