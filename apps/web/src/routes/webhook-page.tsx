import type { WebhookEndpoint } from '@associa/contracts';
import { Anchor, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { queryKeys } from '../api/query-keys';
import { findWebhook } from '../api/webhooks-api';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';
import { EVENT_TYPE_KEYS } from '../features/webhooks/event-type-keys';
import { useWebhookActions } from '../features/webhooks/use-webhook-actions';
import { WebhookActionsMenu } from '../features/webhooks/webhook-actions-menu';
import { WebhookDeliveryLog } from '../features/webhooks/webhook-delivery-log';
import { WebhookDialogs } from '../features/webhooks/webhook-dialogs';
import { WebhookStatusBadge } from '../features/webhooks/webhook-status-badge';
import { useFormatters } from '../i18n/use-formatters';

/** `/webhooks/:id`: one endpoint, its actions (test, edit, disable, rotate, delete) and its delivery log with redelivery. */
export function WebhookPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const webhook = useQuery({ queryKey: queryKeys.webhook(id), queryFn: ({ signal }) => findWebhook(id, signal) });
  return (
    <>
      <Anchor component={Link} to="/webhooks" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden />
        {t('webhooks.backToList')}
      </Anchor>
      {webhook.isPending && <InlineLoader />}
      {webhook.isError && (
        <>
          <PageHeader title={t('webhooks.notFoundTitle')} />
          <QueryError error={webhook.error} onRetry={() => void webhook.refetch()} />
        </>
      )}
      {webhook.data && <WebhookContent endpoint={webhook.data} />}
    </>
  );
}

function WebhookContent({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const navigate = useNavigate();
  const actions = useWebhookActions();
  return (
    <>
      <PageHeader
        title={endpoint.description || t('webhooks.endpointTitle')}
        actions={
          <Group gap="sm">
            <Button leftSection={<IconSend size={16} aria-hidden />} disabled={!endpoint.enabled} loading={actions.isTesting} onClick={() => actions.run('test', endpoint)}>
              {t('webhooks.sendTest')}
            </Button>
            <WebhookActionsMenu endpoint={endpoint} onAction={(action) => actions.run(action, endpoint)} />
          </Group>
        }
      />
      <Stack gap="xs" mb="xl" data-testid="webhook-summary">
        <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
          {endpoint.url}
        </Text>
        <Group gap="lg">
          <WebhookStatusBadge endpoint={endpoint} />
          <Text size="sm">
            {t('webhooks.secret')}: <Code c="dark.9">{endpoint.secretPrefix}…</Code>
          </Text>
          {endpoint.previousSecretExpiresAt && <Text size="sm">{t('webhooks.previousSecretUntil', { date: dateTime(endpoint.previousSecretExpiresAt) })}</Text>}
          {endpoint.failingSince && <Text size="sm">{t('webhooks.failingSince', { date: dateTime(endpoint.failingSince) })}</Text>}
        </Group>
        <Text size="sm">{t('webhooks.subscribedTo', { types: endpoint.eventTypes.map((type) => t(EVENT_TYPE_KEYS[type])).join(', ') })}</Text>
      </Stack>
      <WebhookDeliveryLog endpoint={endpoint} />
      <WebhookDialogs dialog={actions.dialog} onClose={actions.closeDialog} onDeleted={() => void navigate('/webhooks')} />
    </>
  );
}
