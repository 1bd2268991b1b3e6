import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../shell/secret-once';

/** The new token's secret, shown once, with a copy button. */
export function TokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const texts = { warning: t('tokens.secretWarning'), label: t('tokens.secretLabel'), copy: t('tokens.copy'), copied: t('tokens.copied'), done: t('tokens.done') };
  return <SecretOnce secret={secret} texts={texts} testId="token-secret" onDone={onDone} />;
}
