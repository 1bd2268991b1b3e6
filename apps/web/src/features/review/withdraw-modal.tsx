import { Limits, type Claim } from '@associa/contracts';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaimDecision } from './use-claim-decision';

/** Asks before withdrawing a claim (it can't be undone), with an optional message for the reviewer. */
export function WithdrawModal({ claim, opened, onClose }: { claim: Claim; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const decision = useClaimDecision(claim, () => onClose());
  const close = () => {
    decision.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('review.withdraw.title')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text>{t('review.withdraw.text', { name: claim.name ?? t('claims.unnamed') })}</Text>
        {decision.error && (
          <Alert color="red" role="alert">
            {decision.error}
          </Alert>
        )}
        <Textarea label={t('review.withdraw.message')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} maxLength={Limits.maxCommentLength} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={decision.isPending}
            onClick={() => decision.mutate({ kind: 'withdraw', body: message.trim() ? { message: message.trim() } : {} })}
          >
            {t('review.withdraw.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
