import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './use-error-message';

/** Shown when loading a page's data failed, with a way to try again. */
export function QueryError({ error, onRetry, standalone = false }: { error: unknown; onRetry?: () => void; standalone?: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const alert = (
    <Alert color="red" role="alert" title={t('common.errorTitle')} icon={<IconAlertTriangle aria-hidden />} maw={560}>
      <Stack gap="sm" align="flex-start">
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
  if (!standalone) return alert;
  return (
    <Center component="main" h="100vh" p="md">
      {alert}
    </Center>
  );
}
