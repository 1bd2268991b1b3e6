import type { ConsentView } from '@associa/contracts';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../shell/use-error-message';
import { ReasonForm } from '../shell/reason-form';
import { formatClosingTime } from './format-closing-time';
import { isAlreadyAnswered, useConsentAnswer } from './use-consent';

/** What an open link lets the customer do: confirm or opt out during the window, or revoke an active association. */
export function ConsentActions({ token, view }: { token: string; view: ConsentView }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const answer = useConsentAnswer(token);
  const [isOptingOut, setOptingOut] = useState(false);
  const error = answer.error && !isAlreadyAnswered(answer.error) ? errorMessage(answer.error) : null;
  const errorAlert = error && (
    <Alert color="red" role="alert">
      {error}
    </Alert>
  );

  if (view.purpose === 'REVOKE') {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-revoke">
        <Stack gap="sm">
          <Title order={2} size="h4" id="consent-revoke">
            {t('consent.revokeTitle')}
          </Title>
          <Text>{t('consent.revokeText', { partner: view.partnerName })}</Text>
          {errorAlert}
          <ReasonForm
            label={t('consent.reasonLabel')}
            description={t('consent.reasonDescription')}
            requiredMessage={t('consent.reasonRequired')}
            submitLabel={t('consent.revokeSubmit')}
            isPending={answer.isPending}
            onSubmit={(reason) => answer.mutate({ kind: 'revoke', reason })}
          />
        </Stack>
      </Paper>
    );
  }

  const closesAt = view.closesAt ? formatClosingTime(view.closesAt, view.timeZone, i18n.resolvedLanguage ?? 'en') : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-answer">
      <Stack gap="sm">
        <Title order={2} size="h4" id="consent-answer">
          {t('consent.answerTitle')}
        </Title>
        {closesAt && (
          <Alert color="blue" icon={<IconClock aria-hidden />} data-testid="consent-closes-at">
            <Text fw={600}>
              {t('consent.closesAt')} <time dateTime={view.closesAt ?? undefined}>{closesAt}</time>
            </Text>
            <Text size="sm">{t('consent.silenceText', { partner: view.partnerName, zone: view.timeZone })}</Text>
          </Alert>
        )}
        {errorAlert}
        {isOptingOut ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('consent.optOutTitle')}
            </Title>
            <Text size="sm">{t('consent.optOutText', { partner: view.partnerName })}</Text>
            <ReasonForm
              label={t('consent.reasonLabel')}
              description={t('consent.reasonDescription')}
              requiredMessage={t('consent.reasonRequired')}
              submitLabel={t('consent.optOutSubmit')}
              isPending={answer.isPending}
              onSubmit={(reason) => answer.mutate({ kind: 'opt-out', reason })}
              onCancel={() => {
                answer.reset();
                setOptingOut(false);
              }}
            />
          </Stack>
        ) : (
          <>
            <Text size="sm">{t('consent.confirmText', { partner: view.partnerName })}</Text>
            <Group>
              <Button loading={answer.isPending} onClick={() => answer.mutate({ kind: 'confirm' })}>
                {t('consent.confirm')}
              </Button>
              <Button variant="default" c="red.9" disabled={answer.isPending} onClick={() => setOptingOut(true)}>
                {t('consent.optOut')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
