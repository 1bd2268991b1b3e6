import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function format(language: string, iso: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
  return `${text} (${timeZone})`;
}

/** An exact moment in the viewer's zone, with the customer's zone beside it when that differs. */
export function ZonedDeadline({ iso, customerTimeZone }: { iso: string; customerTimeZone: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const mine = viewerZone();
  const showCustomer = customerTimeZone && customerTimeZone !== mine;
  return (
    <Text component="span" size="sm">
      <time dateTime={iso}>{format(language, iso, mine)}</time>
      {showCustomer && (
        <Text component="span" size="sm">
          {' · '}
          {t('review.customerTime', { time: format(language, iso, customerTimeZone) })}
        </Text>
      )}
    </Text>
  );
}
