import type { WebhookWithSecret } from '@associa/contracts';
import { Modal } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { createWebhook } from '../../api/webhooks-api';
import { WebhookForm, webhookInput } from './webhook-form';
import { WebhookSecret } from './webhook-secret';

/** Registers an endpoint, then shows its signing secret once; closing forgets the secret. */
export function CreateWebhookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);

  return (
    // The secret is forgotten once the modal has faded out, so the form doesn't flash back while it closes.
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => setCreated(null)} title={t(created ? 'webhooks.createdTitle' : 'webhooks.createTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }} size="lg">
      {created ? (
        <WebhookSecret secret={created.secret} onDone={onClose} />
      ) : (
        <WebhookForm
          submitLabel={t('webhooks.createSubmit')}
          save={(values) => createWebhook(webhookInput(values))}
          onSaved={(result) => {
            setCreated(result);
            void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks });
          }}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
