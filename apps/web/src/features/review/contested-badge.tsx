import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a claim that another partner's claim or association competes with, without saying who. */
export function ContestedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange.9" variant="filled" tt="none" data-testid="contested-badge">
      {t('review.contested')}
    </Badge>
  );
}
