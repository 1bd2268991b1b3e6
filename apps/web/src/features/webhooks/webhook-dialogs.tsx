import { DeleteWebhookModal } from './delete-webhook-modal';
import { EditWebhookModal } from './edit-webhook-modal';
import { RotateSecretModal } from './rotate-secret-modal';
import type { WebhookDialog } from './use-webhook-actions';

/** The edit, rotate and delete dialogs of `useWebhookActions`; only the open one shows. */
export function WebhookDialogs({ dialog, onClose, onDeleted }: { dialog: WebhookDialog; onClose: () => void; onDeleted?: () => void }) {
  const about = (kind: NonNullable<WebhookDialog>['kind']) => (dialog?.kind === kind ? dialog.endpoint : null);
  return (
    <>
      <EditWebhookModal endpoint={about('edit')} onClose={onClose} />
      <RotateSecretModal endpoint={about('rotate')} onClose={onClose} />
      <DeleteWebhookModal endpoint={about('delete')} onClose={onClose} onDeleted={onDeleted} />
    </>
  );
}
