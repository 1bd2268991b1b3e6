import { WebhookLimits, type WebhookEndpoint } from '@associa/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { rotateWebhookSecret } from '../../api/webhooks-api';
import { useApiErrorText } from '../forms/use-server-problems';
import { WebhookSecret } from './webhook-secret';

/** Asks before making a new signing secret, then shows it once; the old one keeps signing for a day. */
export function RotateSecretModal({ endpoint, onClose }: { endpoint: WebhookEndpoint | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useApiErrorText();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (target: WebhookEndpoint) => rotateWebhookSecret(target.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
  const rotated = mutation.data;

  const close = () => {
    if (!mutation.isPending) onClose();
  };

  return (
    // The secret is forgotten once the modal has faded out, so the question doesn't flash back while it closes.
    <Modal opened={endpoint !== null} onClose={close} onExitTransitionEnd={() => mutation.reset()} title={t(rotated ? 'webhooks.rotatedTitle' : 'webhooks.rotateTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }} size="lg">
      {rotated ? (
        <WebhookSecret secret={rotated.secret} previousValidUntil={rotated.previousSecretExpiresAt} onDone={close} />
      ) : (
        <Stack>
          <Text>{t('webhooks.rotateText', { hours: WebhookLimits.previousSecretHours })}</Text>
          {mutation.isError && (
            <Alert color="red" role="alert">
              {errorText(mutation.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button loading={mutation.isPending} onClick={() => endpoint && mutation.mutate(endpoint)}>
              {t('webhooks.rotateConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
