import { Limits, RejectionReasonSchema, type Claim, type RejectionReason } from '@associa/contracts';
import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { useClaimDecision } from './use-claim-decision';

/** The reviewer rejects the claim for a reason, with a message the partner reads. */
export function RejectForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const [reason, setReason] = useState<RejectionReason | null>(null);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; message?: string }>({});
  const decision = useClaimDecision(claim);
  return (
    <form
      noValidate
      aria-label={t('review.reject.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const next = { reason: reason ? undefined : t('problems.codes.REQUIRED'), message: message.trim() ? undefined : t('problems.codes.REQUIRED') };
        setErrors(next);
        if (reason && !next.message) decision.mutate({ kind: 'reject', body: { reason, message: message.trim() } });
      }}
    >
      <Stack gap="sm">
        {decision.error && (
          <Alert color="red" role="alert">
            {decision.error}
          </Alert>
        )}
        <Select
          label={t('review.reject.reason')}
          required
          value={reason}
          onChange={(value) => setReason(value as RejectionReason | null)}
          error={errors.reason}
          data={RejectionReasonSchema.options.map((code) => ({ value: code, label: names.reason(code) ?? t(`review.rejectReason.${code}`) }))}
        />
        <Textarea label={t('review.message')} required value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={errors.message} maxLength={Limits.maxCommentLength} autosize minRows={3} />
        <Group justify="flex-end">
          <Button type="submit" color="red.9" loading={decision.isPending}>
            {t('review.reject.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
