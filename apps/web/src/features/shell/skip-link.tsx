import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** First focusable element: lets keyboard users jump past the header and menu. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={`#${targetId}`} className={classes.skipLink}>
      {t('shell.skipToContent')}
    </Anchor>
  );
}
