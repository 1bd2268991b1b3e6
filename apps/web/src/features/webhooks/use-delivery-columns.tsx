import type { WebhookDelivery, WebhookDeliveryStatus } from '@associa/contracts';
import { Code, Stack, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn, ListRowDetails } from '../list-page/list-page-types';
import { StatusBadge } from '../shell/status-badge';
import { DeliveryAttempts } from './delivery-attempts';

const STATUS_COLORS: Record<WebhookDeliveryStatus, MantineColor> = { PENDING: 'blue', DELIVERED: 'green', FAILED: 'red' };

/** The delivery log's columns (message, status and next try, attempts, last answer), each row opening to its attempts. */
export function useDeliveryColumns(): { columns: ListColumn<WebhookDelivery>[]; rowDetails: ListRowDetails<WebhookDelivery> } {
  const { t } = useTranslation();
  const { dateTime, number } = useFormatters();
  const columns: ListColumn<WebhookDelivery>[] = [
    {
      accessor: 'eventType',
      title: 'webhooks.deliveries.event',
      render: (delivery) => (
        <Stack gap={2} align="flex-start">
          <Code c="dark.9">{delivery.eventType}</Code>
          <Text size="xs">{delivery.eventId ? t('webhooks.deliveries.eventNumber', { id: delivery.eventId }) : t('webhooks.deliveries.testMessage')}</Text>
        </Stack>
      ),
    },
    {
      accessor: 'status',
      title: 'webhooks.deliveries.status',
      render: (delivery) => (
        <Stack gap={2} align="flex-start">
          <StatusBadge color={STATUS_COLORS[delivery.status]}>{t(`webhooks.deliveries.statuses.${delivery.status}`)}</StatusBadge>
          {delivery.nextAttemptAt && <Text size="xs">{t('webhooks.deliveries.nextAttempt', { date: dateTime(delivery.nextAttemptAt) })}</Text>}
        </Stack>
      ),
    },
    { accessor: 'attempts', title: 'webhooks.deliveries.attempts', textAlign: 'right', render: (delivery) => number(delivery.attemptCount) },
    {
      accessor: 'lastAnswer',
      title: 'webhooks.deliveries.lastAnswer',
      render: (delivery) => {
        const last = delivery.attempts[0];
        if (!last) return '—';
        return (
          <Stack gap={0}>
            <Text size="sm" data-testid="delivery-status-code">
              {last.statusCode ?? last.error}
            </Text>
            <Text size="xs">{t('webhooks.deliveries.durationMs', { value: number(last.durationMs) })}</Text>
          </Stack>
        );
      },
    },
    { accessor: 'created', title: 'webhooks.deliveries.created', render: (delivery) => dateTime(delivery.createdAt) },
    { accessor: 'delivered', title: 'webhooks.deliveries.delivered', render: (delivery) => (delivery.deliveredAt ? dateTime(delivery.deliveredAt) : '—') },
  ];
  const rowDetails: ListRowDetails<WebhookDelivery> = {
    title: 'webhooks.deliveries.attemptsHeading',
    toggleLabel: (delivery) => t('webhooks.deliveries.toggle', { type: delivery.eventType, date: dateTime(delivery.createdAt) }),
    render: (delivery) => <DeliveryAttempts delivery={delivery} />,
  };
  return { columns, rowDetails };
}
