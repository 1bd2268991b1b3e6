import type { WebhookDelivery } from '@associa/contracts';
import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';

/** One delivery's HTTP attempts, newest first: when, the answer's status, how long it took, what went wrong and the start of the answer. */
export function DeliveryAttempts({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const { dateTime, number } = useFormatters();
  if (delivery.attempts.length === 0) return <Text size="sm">{t('webhooks.deliveries.noAttempts')}</Text>;
  return (
    <Table withTableBorder verticalSpacing="xs" captionSide="top" data-testid="delivery-attempts">
      <Table.Caption>{t('webhooks.deliveries.attemptsCaption', { type: delivery.eventType })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('webhooks.deliveries.attemptedAt')}</Table.Th>
          <Table.Th>{t('webhooks.deliveries.statusCode')}</Table.Th>
          <Table.Th>{t('webhooks.deliveries.duration')}</Table.Th>
          <Table.Th>{t('webhooks.deliveries.response')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {delivery.attempts.map((attempt) => (
          <Table.Tr key={attempt.id}>
            <Table.Td>{dateTime(attempt.attemptedAt)}</Table.Td>
            <Table.Td>{attempt.statusCode ?? '—'}</Table.Td>
            <Table.Td>{t('webhooks.deliveries.durationMs', { value: number(attempt.durationMs) })}</Table.Td>
            <Table.Td>
              <Stack gap={4}>
                {attempt.error && (
                  <Text size="sm">
                    <Code c="dark.9">{attempt.error}</Code> {attempt.errorMessage}
                  </Text>
                )}
                {attempt.responseExcerpt ? (
                  <Code block c="dark.9" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 200, overflow: 'auto' }}>
                    {attempt.responseExcerpt}
                  </Code>
                ) : (
                  !attempt.error && <Text size="sm">{t('webhooks.deliveries.emptyResponse')}</Text>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
