import type { UserAction } from '@associa/contracts';
import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from './use-me';

/** Shows a page only when the server lists its action in `allowedActions`; the UI never re-derives roles. */
export function RequireAction({ action, children }: { action: UserAction; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();

  if (!me?.allowedActions.includes(action)) {
    return (
      <Stack>
        <Title order={1}>{t('forbidden.title')}</Title>
        <Alert color="yellow" role="alert">
          {t('forbidden.text')}
        </Alert>
      </Stack>
    );
  }
  return <>{children}</>;
}
