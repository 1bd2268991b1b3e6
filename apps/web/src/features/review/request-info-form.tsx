import { InformationReasonSchema, Limits, type Claim, type InformationReason } from '@associa/contracts';
import { Alert, Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { useClaimDecision } from './use-claim-decision';

/** The reviewer asks the partner for more: one or more reasons and a message. */
export function RequestInfoForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const [reasons, setReasons] = useState<InformationReason[]>([]);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ reasons?: string; message?: string }>({});
  const decision = useClaimDecision(claim);
  return (
    <form
      noValidate
      aria-label={t('review.requestInfo.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const next = { reasons: reasons.length ? undefined : t('review.requestInfo.pickReason'), message: message.trim() ? undefined : t('problems.codes.REQUIRED') };
        setErrors(next);
        if (!next.reasons && !next.message) decision.mutate({ kind: 'request-info', body: { reasons, message: message.trim() } });
      }}
    >
      <Stack gap="sm">
        {decision.error && (
          <Alert color="red" role="alert">
            {decision.error}
          </Alert>
        )}
        <Checkbox.Group label={t('review.requestInfo.reasons')} value={reasons} onChange={(value) => setReasons(value as InformationReason[])} error={errors.reasons} required>
          <Stack gap={6} mt={6}>
            {InformationReasonSchema.options.map((code) => (
              <Checkbox key={code} value={code} label={names.reason(code) ?? t(`review.infoReason.${code}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('review.message')}
          required
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={errors.message}
          maxLength={Limits.maxCommentLength}
          autosize
          minRows={3}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={decision.isPending}>
            {t('review.requestInfo.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
