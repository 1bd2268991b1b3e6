import { WebhookLimits } from '@associa/contracts';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { findWebhooks } from '../api/webhooks-api';
import { useMe } from '../features/auth/use-me';
import { ListPage } from '../features/list-page/list-page';
import { CreateWebhookModal } from '../features/webhooks/create-webhook-modal';
import { useWebhookActions } from '../features/webhooks/use-webhook-actions';
import { useWebhookColumns } from '../features/webhooks/use-webhook-columns';
import { WebhookActionsMenu } from '../features/webhooks/webhook-actions-menu';
import { WebhookDialogs } from '../features/webhooks/webhook-dialogs';

/** `/webhooks`: a partner admin's endpoints for its organisation, or a program admin's vendor-wide ones; register, change, test, rotate, delete. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const webhooks = useQuery({ queryKey: queryKeys.webhooks, queryFn: ({ signal }) => findWebhooks(signal) });
  const columns = useWebhookColumns();
  const actions = useWebhookActions();
  const [isCreateOpen, createModal] = useDisclosure(false);
  const isFull = (webhooks.data?.items.length ?? 0) >= WebhookLimits.maxEndpointsPerOrganisation;

  return (
    <ListPage
      title="webhooks.title"
      intro={me?.organisation.kind === 'VENDOR' ? 'webhooks.introVendor' : 'webhooks.introPartner'}
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open} disabled={isFull} title={isFull ? t('webhooks.limitReached', { max: WebhookLimits.maxEndpointsPerOrganisation }) : undefined}>
          {t('webhooks.create')}
        </Button>
      }
      query={webhooks}
      columns={columns}
      caption="webhooks.caption"
      minWidth={960}
      testId="webhooks"
      rowActions={(endpoint) => <WebhookActionsMenu endpoint={endpoint} onAction={(action) => actions.run(action, endpoint)} />}
      shown="webhooks.shown"
      empty={{ icon: <IconWebhook aria-hidden />, title: 'webhooks.emptyTitle', text: 'webhooks.emptyText' }}
    >
      <CreateWebhookModal opened={isCreateOpen} onClose={createModal.close} />
      <WebhookDialogs dialog={actions.dialog} onClose={actions.closeDialog} />
    </ListPage>
  );
}
