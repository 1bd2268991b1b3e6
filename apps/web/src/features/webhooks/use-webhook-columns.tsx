import type { WebhookEndpoint } from '@associa/contracts';
import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { EVENT_TYPE_KEYS } from './event-type-keys';
import { WebhookStatusBadge } from './webhook-status-badge';

/** The webhooks list's columns: where it sends, what, whether it is sending, which secret signs, and who made it. */
export function useWebhookColumns(): ListColumn<WebhookEndpoint>[] {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  return [
    {
      accessor: 'url',
      title: 'webhooks.url',
      render: (endpoint) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/webhooks/${endpoint.id}`} size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
            {endpoint.url}
          </Anchor>
          {endpoint.description && <Text size="xs">{endpoint.description}</Text>}
        </Stack>
      ),
    },
    {
      accessor: 'eventTypes',
      title: 'webhooks.eventTypesColumn',
      render: (endpoint) => (
        <Stack gap={0}>
          {endpoint.eventTypes.map((type) => (
            <Text key={type} size="sm">
              {t(EVENT_TYPE_KEYS[type])}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      accessor: 'status',
      title: 'webhooks.status',
      render: (endpoint) => (
        <Stack gap={2} align="flex-start">
          <WebhookStatusBadge endpoint={endpoint} />
          {endpoint.enabled && endpoint.failingSince && <Text size="xs">{t('webhooks.failingSince', { date: dateTime(endpoint.failingSince) })}</Text>}
          {!endpoint.enabled && endpoint.disabledAt && <Text size="xs">{t('webhooks.disabledAt', { date: dateTime(endpoint.disabledAt) })}</Text>}
        </Stack>
      ),
    },
    {
      accessor: 'secret',
      title: 'webhooks.secret',
      render: (endpoint) => (
        <Stack gap={2} align="flex-start">
          <Code c="dark.9" style={{ whiteSpace: 'nowrap' }}>
            {endpoint.secretPrefix}…
          </Code>
          {endpoint.previousSecretExpiresAt && <Text size="xs">{t('webhooks.previousSecretUntil', { date: dateTime(endpoint.previousSecretExpiresAt) })}</Text>}
        </Stack>
      ),
    },
    {
      accessor: 'created',
      title: 'webhooks.created',
      render: (endpoint) => (
        <Stack gap={0}>
          <Text size="sm">{dateTime(endpoint.createdAt)}</Text>
          {endpoint.createdBy && <Text size="xs">{endpoint.createdBy}</Text>}
        </Stack>
      ),
    },
  ];
}
