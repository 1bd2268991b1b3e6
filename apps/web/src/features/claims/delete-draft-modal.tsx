import type { Claim } from '@associa/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { deleteClaim } from '../../api/claims-api';
import { queryKeys } from '../../api/query-keys';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';

/** Asks before deleting a draft, since it can't be undone; then returns to the list. */
export function DeleteDraftModal({ claim, opened, onClose }: { claim: Claim; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => deleteClaim(claim.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.claim(claim.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.claims });
      notify({ color: 'green', message: t('claim.deleted') });
      void navigate('/claims', { replace: true });
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('claim.deleteTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text>{t('claim.deleteText', { name: claim.name ?? t('claims.unnamed') })}</Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('claim.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
