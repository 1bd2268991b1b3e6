import type { WebhookEndpoint } from '@associa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { sendTestWebhook, updateWebhook } from '../../api/webhooks-api';
import { useApiErrorText } from '../forms/use-server-problems';
import { useNotify } from '../shell/use-notify';

/** What can be done to an endpoint from its menu. */
export type WebhookAction = 'edit' | 'toggle' | 'test' | 'rotate' | 'delete';

/** The dialog open for an endpoint, if any. */
export type WebhookDialog = { kind: 'edit' | 'rotate' | 'delete'; endpoint: WebhookEndpoint } | null;

/**
 * Runs an endpoint's actions: enabling, disabling and the test message at once (with a notice),
 * the others through their dialog (`dialog`, rendered by `WebhookDialogs`).
 */
export function useWebhookActions() {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useApiErrorText();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<WebhookDialog>(null);
  const onError = (error: unknown) => notify({ color: 'red', message: errorText(error) });

  const toggle = useMutation({
    mutationFn: (endpoint: WebhookEndpoint) => updateWebhook(endpoint.id, { enabled: !endpoint.enabled }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.webhook(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks });
      notify({ color: 'green', message: t(saved.enabled ? 'webhooks.enabledNotice' : 'webhooks.disabledNotice', { url: saved.url }) });
    },
    onError,
  });
  const test = useMutation({
    mutationFn: (endpoint: WebhookEndpoint) => sendTestWebhook(endpoint.id),
    onSuccess: (_delivery, endpoint) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(endpoint.id) });
      notify({ color: 'green', message: t('webhooks.testQueued', { url: endpoint.url }) });
    },
    onError,
  });

  const run = (action: WebhookAction, endpoint: WebhookEndpoint) => {
    if (action === 'toggle') toggle.mutate(endpoint);
    else if (action === 'test') test.mutate(endpoint);
    else setDialog({ kind: action, endpoint });
  };
  return { run, dialog, closeDialog: () => setDialog(null), isTesting: test.isPending, isToggling: toggle.isPending };
}
