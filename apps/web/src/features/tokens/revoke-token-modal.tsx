import type { ApiToken } from '@associa/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { revokeApiToken } from '../../api/tokens-api';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';

/** Asks for confirmation before revoking a token, since it can't be undone. */
export function RevokeTokenModal({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  // Keep the last token's name on screen while the modal animates closed.
  const [shownToken, setShownToken] = useState(token);
  if (token && token !== shownToken) setShownToken(token);
  const mutation = useMutation({
    mutationFn: (target: ApiToken) => revokeApiToken(target.id),
    onSuccess: (_result, target) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
      notify({ color: 'green', message: t('tokens.revokedNotice', { name: target.name }) });
      close();
    },
  });

  function close() {
    mutation.reset();
    onClose();
  }

  return (
    <Modal opened={token !== null} onClose={close} title={t('tokens.revokeTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text>{t('tokens.revokeText', { name: shownToken?.name ?? '' })}</Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={mutation.isPending} onClick={() => token && mutation.mutate(token)}>
            {t('tokens.revokeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
