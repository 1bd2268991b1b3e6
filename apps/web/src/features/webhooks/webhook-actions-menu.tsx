import type { WebhookEndpoint } from '@associa/contracts';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconKey, IconPencil, IconPlayerPause, IconPlayerPlay, IconSend, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WebhookAction } from './use-webhook-actions';

/** An endpoint's actions in one menu, named after the endpoint for screen readers. */
export function WebhookActionsMenu({ endpoint, onAction }: { endpoint: WebhookEndpoint; onAction: (action: WebhookAction) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={t('webhooks.actionsAria', { url: endpoint.url })}>
          {t('webhooks.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconSend size={16} aria-hidden />} disabled={!endpoint.enabled} onClick={() => onAction('test')}>
          {t('webhooks.sendTest')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit')}>
          {t('webhooks.edit')}
        </Menu.Item>
        <Menu.Item leftSection={endpoint.enabled ? <IconPlayerPause size={16} aria-hidden /> : <IconPlayerPlay size={16} aria-hidden />} onClick={() => onAction('toggle')}>
          {t(endpoint.enabled ? 'webhooks.disable' : 'webhooks.enable')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('rotate')}>
          {t('webhooks.rotate')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onAction('delete')}>
          {t('webhooks.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
