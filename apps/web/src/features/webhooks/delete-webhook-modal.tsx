import type { WebhookEndpoint } from '@associa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { deleteWebhook } from '../../api/webhooks-api';
import { ConfirmModal } from '../shell/confirm-modal';
import { useConfirmedChange } from '../shell/use-confirmed-change';
import { useNotify } from '../shell/use-notify';

/** Asks before deleting an endpoint with its delivery log, since that can't be undone. */
export function DeleteWebhookModal({ endpoint, onClose, onDeleted }: { endpoint: WebhookEndpoint | null; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { shown, modal } = useConfirmedChange(endpoint, onClose, {
    run: (target: WebhookEndpoint) => deleteWebhook(target.id).then(() => target),
    onDone: (target) => {
      onDeleted?.(); // first, so a page about the endpoint is left before its queries go
      queryClient.removeQueries({ queryKey: queryKeys.webhook(target.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks, exact: true });
      notify({ color: 'green', message: t('webhooks.deletedNotice', { url: target.url }) });
    },
  });
  return <ConfirmModal {...modal} title={t('webhooks.deleteTitle')} text={t('webhooks.deleteText', { url: shown?.url ?? '' })} confirmLabel={t('webhooks.deleteConfirm')} isDrastic />;
}
