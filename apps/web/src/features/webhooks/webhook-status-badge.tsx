import type { WebhookEndpoint } from '@associa/contracts';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shell/status-badge';
import { webhookState, type WebhookState } from './webhook-state';

const COLORS: Record<WebhookState, MantineColor> = { ACTIVE: 'green', FAILING: 'orange', DISABLED: 'gray', DISABLED_FAILING: 'red' };

/** An endpoint's state as a badge: active, failing, disabled or disabled after failing. */
export function WebhookStatusBadge({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const state = webhookState(endpoint);
  return <StatusBadge color={COLORS[state]}>{t(`webhooks.states.${state}`)}</StatusBadge>;
}
