import type { WebhookEndpoint } from '@associa/contracts';
import { Modal } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { findWebhook, updateWebhook } from '../../api/webhooks-api';
import { changedFields } from '../forms/changed-fields';
import { useNotify } from '../shell/use-notify';
import { initialWebhookValues, WebhookForm, webhookInput } from './webhook-form';

/** Changes an endpoint's URL, event types, description or enabled flag, sending only what changed. */
export function EditWebhookModal({ endpoint, onClose }: { endpoint: WebhookEndpoint | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // Keep the form on screen while the modal fades out.
  const [shown, setShown] = useState(endpoint);
  if (endpoint && endpoint !== shown) setShown(endpoint);

  return (
    <Modal opened={endpoint !== null} onClose={onClose} title={t('webhooks.editTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }} size="lg">
      {shown && (
        <WebhookForm
          key={`${shown.id}-${shown.updatedAt}`}
          endpoint={shown}
          submitLabel={t('common.save')}
          save={(values) => {
            const changes = changedFields(webhookInput(initialWebhookValues(shown)), webhookInput(values));
            // Nothing changed: the endpoint as it is (PATCH refuses an empty body).
            return Object.keys(changes).length ? updateWebhook(shown.id, changes) : findWebhook(shown.id);
          }}
          onSaved={(saved) => {
            queryClient.setQueryData(queryKeys.webhook(saved.id), saved);
            void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks });
            notify({ color: 'green', message: t('webhooks.savedNotice') });
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
