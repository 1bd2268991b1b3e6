import { Limits, type Claim } from '@associa/contracts';
import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaimDecision } from './use-claim-decision';

/** A second reviewer decides a dispute: the rejection is upheld or overturned. */
export function DisputeDecisionForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'UPHELD' | 'OVERTURNED' | ''>('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; message?: string }>({});
  const decision = useClaimDecision(claim);
  return (
    <form
      noValidate
      aria-label={t('review.decideDispute.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const next = { outcome: outcome ? undefined : t('problems.codes.REQUIRED'), message: message.trim() ? undefined : t('problems.codes.REQUIRED') };
        setErrors(next);
        if (outcome && !next.message) decision.mutate({ kind: 'dispute-decision', body: { outcome, message: message.trim() } });
      }}
    >
      <Stack gap="sm">
        {decision.error && (
          <Alert color="red" role="alert">
            {decision.error}
          </Alert>
        )}
        <Radio.Group label={t('review.decideDispute.outcome')} required value={outcome} onChange={(v) => setOutcome(v as 'UPHELD' | 'OVERTURNED')} error={errors.outcome}>
          <Group mt={6}>
            <Radio value="UPHELD" label={t('review.decideDispute.UPHELD')} />
            <Radio value="OVERTURNED" label={t('review.decideDispute.OVERTURNED')} />
          </Group>
        </Radio.Group>
        <Textarea label={t('review.message')} required value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={errors.message} maxLength={Limits.maxCommentLength} autosize minRows={3} />
        <Group justify="flex-end">
          <Button type="submit" loading={decision.isPending}>
            {t('review.decideDispute.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
