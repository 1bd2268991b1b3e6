import { Limits } from '@associa/contracts';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The required reason for opting out or revoking; the parent sends it. */
export function ConsentReasonForm(props: {
  submitLabel: string;
  isPending: boolean;
  onSubmit: (reason: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setError(t('consent.reasonRequired'));
        setError(null);
        props.onSubmit(reason.trim());
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('consent.reasonLabel')}
          description={t('consent.reasonDescription')}
          required
          autosize
          minRows={3}
          maxLength={Limits.maxCommentLength}
          value={reason}
          error={error}
          data-autofocus
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" color="red.9" loading={props.isPending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
