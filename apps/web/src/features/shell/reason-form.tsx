import { Limits } from '@associa/contracts';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A required reason and a red submit button, for decisions that must say why (opting out, revoking,
 * ending an association); the parent sends it. Focus starts on the reason, or on Cancel when the
 * decision is drastic enough that a stray Enter must not reach it.
 */
export function ReasonForm(props: {
  label: string;
  description: string;
  requiredMessage: string;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (reason: string) => void;
  onCancel?: () => void;
  focusCancel?: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setError(props.requiredMessage);
        setError(null);
        props.onSubmit(reason.trim());
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={props.label}
          description={props.description}
          required
          autosize
          minRows={3}
          maxLength={Limits.maxCommentLength}
          value={reason}
          error={error}
          data-autofocus={props.focusCancel ? undefined : true}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel} data-autofocus={props.focusCancel ? true : undefined}>
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
