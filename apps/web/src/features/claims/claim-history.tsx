import type { ClaimEvent } from '@associa/contracts';
import { Box, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { useProblemMessage } from '../catalog/use-problem-message';
import { describeClaimEvent } from './describe-claim-event';

/** The claim's history: who did what and when (in the viewer's time zone), and why. */
export function ClaimHistory({ events }: { events: ClaimEvent[] }) {
  const { t } = useTranslation();
  const { zonedDateTime, fileSize, date } = useFormatters();
  const names = useCatalogNames();
  const problemMessage = useProblemMessage();
  if (events.length === 0) return <Text size="sm">{t('history.empty')}</Text>;

  return (
    <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('history.title')} data-testid="claim-history">
      {events.map((entry) => {
        const { what, why } = describeClaimEvent(entry.event, { t, reasonMessage: names.reason, problemMessage, fileSize, dateTime: zonedDateTime, date });
        return (
          <Box
            key={entry.id}
            component="li"
            pl="md"
            py="xs"
            style={{ borderInlineStart: '3px solid var(--mantine-color-blue-2)' }}
            data-event={entry.event.type}
          >
            <Text size="sm" fw={600}>
              {what}
            </Text>
            <Text size="xs">
              {entry.actor.type === 'USER' ? entry.actor.name : t(`history.actor.${entry.actor.type}`, { name: entry.actor.name })}
              {' · '}
              <time dateTime={entry.occurredAt}>{zonedDateTime(entry.occurredAt)}</time>
            </Text>
            {why.length > 0 && (
              <List size="sm" mt={4} spacing={2}>
                {why.map((line, index) => (
                  <List.Item key={index}>{line}</List.Item>
                ))}
              </List>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
