import { Limits, type Claim } from '@associa/contracts';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaimDecision } from './use-claim-decision';

/** The reviewer approves the claim, optionally with a message; the customer's consent window opens. */
export function ApproveForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const decision = useClaimDecision(claim);
  return (
    <form
      noValidate
      aria-label={t('review.approve.title')}
      onSubmit={(event) => {
        event.preventDefault();
        decision.mutate({ kind: 'approve', body: message.trim() ? { message: message.trim() } : {} });
      }}
    >
      <Stack gap="sm">
        {decision.error && (
          <Alert color="red" role="alert">
            {decision.error}
          </Alert>
        )}
        <Textarea label={t('review.approve.message')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} maxLength={Limits.maxCommentLength} autosize minRows={2} />
        <Group justify="flex-end">
          <Button type="submit" color="green.9" loading={decision.isPending}>
            {t('review.approve.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
