import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { SecretOnce } from '../shell/secret-once';

/** A signing secret, shown once, with a copy button; after a rotation it says until when the old one still signs. */
export function WebhookSecret({ secret, previousValidUntil, onDone }: { secret: string; previousValidUntil?: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const texts = { warning: t('webhooks.secretWarning'), label: t('webhooks.secretLabel'), copy: t('webhooks.copy'), copied: t('webhooks.copied'), done: t('webhooks.done') };
  return (
    <SecretOnce secret={secret} texts={texts} testId="webhook-secret" onDone={onDone}>
      {previousValidUntil && <Text size="sm">{t('webhooks.rotatedNote', { date: dateTime(previousValidUntil) })}</Text>}
      <Text size="sm">{t('webhooks.verifyHint')}</Text>
    </SecretOnce>
  );
}
