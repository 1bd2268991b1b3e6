import { WebhookDeliveryStatusSchema, type WebhookDelivery, type WebhookEndpoint } from '@associa/contracts';
import { Button, Group, Select } from '@mantine/core';
import { IconRefresh, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { redeliverWebhookDelivery } from '../../api/webhooks-api';
import { useFormatters } from '../../i18n/use-formatters';
import { useApiErrorText } from '../forms/use-server-problems';
import { ListView } from '../list-page/list-view';
import { useSearchParamFilters } from '../list-page/use-search-param-filters';
import { PageSection } from '../shell/page-section';
import { useNotify } from '../shell/use-notify';
import { useDeliveryColumns } from './use-delivery-columns';
import { useWebhookDeliveries } from './use-webhook-deliveries';

const filtersFrom = (params: URLSearchParams) => ({ status: WebhookDeliveryStatusSchema.safeParse(params.get('status')).data });

/** An endpoint's delivery log: every message with its attempts and next try, filtered by status, each delivered or failed one sendable again. */
export function WebhookDeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const notify = useNotify();
  const errorText = useApiErrorText();
  const queryClient = useQueryClient();
  const { filters, apply } = useSearchParamFilters(filtersFrom, (f) => f);
  const deliveries = useWebhookDeliveries(endpoint.id, filters);
  const { columns, rowDetails } = useDeliveryColumns();
  const redeliver = useMutation({
    mutationFn: (delivery: WebhookDelivery) => redeliverWebhookDelivery(endpoint.id, delivery.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(endpoint.id) });
      notify({ color: 'green', message: t('webhooks.deliveries.redeliverQueued') });
    },
    onError: (error) => notify({ color: 'red', message: errorText(error) }),
  });

  return (
    <PageSection
      title={t('webhooks.deliveries.title')}
      action={
        <Button variant="default" size="xs" leftSection={<IconRefresh size={14} aria-hidden />} loading={deliveries.isRefetching && !deliveries.isFetchingNextPage} onClick={() => void deliveries.refetch()}>
          {t('webhooks.deliveries.refresh')}
        </Button>
      }
    >
      <Group>
        <Select
          label={t('webhooks.deliveries.status')}
          clearable
          maw={240}
          value={filters.status ?? null}
          onChange={(status) => apply({ status: WebhookDeliveryStatusSchema.safeParse(status).data })}
          data={WebhookDeliveryStatusSchema.options.map((status) => ({ value: status, label: t(`webhooks.deliveries.statuses.${status}`) }))}
        />
      </Group>
      <ListView
        query={deliveries}
        columns={columns}
        rowDetails={rowDetails}
        caption="webhooks.deliveries.caption"
        minWidth={900}
        testId="webhook-deliveries"
        shown="webhooks.deliveries.shown"
        isFiltered={!!filters.status}
        empty={{ icon: <IconSend aria-hidden />, title: 'webhooks.deliveries.emptyTitle', text: 'webhooks.deliveries.emptyText' }}
        noMatch={{ title: 'webhooks.deliveries.noMatchTitle' }}
        rowActions={(delivery) =>
          delivery.status !== 'PENDING' &&
          endpoint.enabled && (
            <Button
              size="xs"
              variant="outline"
              loading={redeliver.isPending && redeliver.variables?.id === delivery.id}
              onClick={() => redeliver.mutate(delivery)}
              aria-label={t('webhooks.deliveries.redeliverAria', { type: delivery.eventType, date: dateTime(delivery.createdAt) })}
            >
              {t('webhooks.deliveries.redeliver')}
            </Button>
          )
        }
      />
    </PageSection>
  );
}
