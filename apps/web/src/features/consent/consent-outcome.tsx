import type { ConsentView } from '@associa/contracts';
import { Alert, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const POSITIVE = new Set(['CONFIRMED', 'ACTIVATED_BY_SILENCE']);

/** How an answered link ended, in plain words; nothing is left to do here. */
export function ConsentOutcome({ view }: { view: ConsentView }) {
  const { t } = useTranslation();
  const outcome = view.outcome ?? 'CLOSED';
  const isPositive = POSITIVE.has(outcome);
  return (
    <Alert
      color={isPositive ? 'green' : 'gray'}
      icon={isPositive ? <IconCircleCheck aria-hidden /> : <IconInfoCircle aria-hidden />}
      title={t(`consent.outcome.${outcome}.title`)}
      role="status"
      data-testid="consent-outcome"
      data-outcome={outcome}
      styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
    >
      <Text size="sm">{t(`consent.outcome.${outcome}.text`, { partner: view.partnerName })}</Text>
    </Alert>
  );
}
