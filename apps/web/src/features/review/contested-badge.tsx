import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a claim that another partner's claim or association competes with, without saying who. */
export function ContestedBadge() {
  const { t } = useTranslation();
  return (
    // Darker than orange.9, so white text keeps 4.5:1 (WCAG AA) on a small label.
    <Badge color="#b4400c" variant="filled" tt="none" data-testid="contested-badge">
      {t('review.contested')}
    </Badge>
  );
}
