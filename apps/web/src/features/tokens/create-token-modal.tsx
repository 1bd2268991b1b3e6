import { Modal } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { createApiToken } from '../../api/tokens-api';
import { CreateTokenForm } from './create-token-form';
import { TokenSecret } from './token-secret';

/** Creates a token, then shows its secret once; closing forgets the secret. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createApiToken,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
  const created = mutation.data;

  const close = () => {
    mutation.reset(); // drops the secret from memory
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('tokens.createdTitle') : t('tokens.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
      size="lg"
    >
      {created ? (
        <TokenSecret secret={created.token} onDone={close} />
      ) : (
        <CreateTokenForm
          onSubmit={(input) => mutation.mutate(input)}
          onCancel={close}
          isPending={mutation.isPending}
          error={mutation.error}
        />
      )}
    </Modal>
  );
}
