import type { Association } from '@associa/contracts';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endAssociation } from '../../api/associations-api';
import { queryKeys } from '../../api/query-keys';
import { ReasonForm } from '../shell/reason-form';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';

/** Asks the partner admin why before ending an active association, since it can't be undone. */
export function EndAssociationModal({ association, onClose }: { association: Association | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  // Keep the last association on screen while the modal animates closed.
  const [shown, setShown] = useState(association);
  if (association && association !== shown) setShown(association);
  const mutation = useMutation({
    mutationFn: (input: { id: string; message: string }) => endAssociation(input.id, input.message),
    onSuccess: () => {
      notify({ color: 'green', message: t('associations.end.done') });
      close();
    },
    // Ended here or by someone else first (409): either way the list and the claim are out of date.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.associations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.claims });
    },
  });

  function close() {
    mutation.reset();
    onClose();
  }

  const customer = shown ? (shown.customer.name ?? shown.customer.domain ?? shown.customer.tenantId) : '';
  const product = shown ? (shown.productName ?? shown.productCode) : '';
  return (
    <Modal opened={association !== null} onClose={close} title={t('associations.end.title')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text>{t('associations.end.text', { customer, product })}</Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <ReasonForm
          label={t('associations.end.message')}
          description={t('associations.end.messageDescription')}
          requiredMessage={t('associations.end.messageRequired')}
          submitLabel={t('associations.end.confirm')}
          isPending={mutation.isPending}
          onSubmit={(message) => association && mutation.mutate({ id: association.id, message })}
          onCancel={close}
          focusCancel
        />
      </Stack>
    </Modal>
  );
}
