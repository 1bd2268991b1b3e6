import type { UsageAccessKey } from '@associa/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';

/** What one read took (product names from the catalogue, or the customer page's own: it has no session), key by key: the product (and subscription) and its months, as a span "Mar 2026 – Oct 2026 (8)". */
export function AccessKeysText({ keys, productName, showTenant }: { keys: Omit<UsageAccessKey, 'tenantId'>[] | UsageAccessKey[]; productName: (code: string) => string; showTenant?: boolean }) {
  const { t } = useTranslation();
  const { month } = useFormatters();
  return (
    <Stack gap={2}>
      {keys.map((key) => {
        const first = key.months[0];
        const last = key.months.at(-1);
        const span = first && last ? (first === last ? month(first) : `${month(first)} – ${month(last)}`) : '';
        const tenant = showTenant && 'tenantId' in key ? `${key.tenantId} · ` : '';
        return (
          <Text size="sm" key={`${'tenantId' in key ? key.tenantId : ''}|${key.productCode}|${key.subscriptionId ?? ''}`}>
            {tenant}
            {productName(key.productCode)}
            {key.subscriptionId && ` (${t('usageAccess.subscription', { id: key.subscriptionId })})`}: {span} {t('usageAccess.months', { count: key.months.length })}
          </Text>
        );
      })}
    </Stack>
  );
}
