import { Limits, type Claim } from '@associa/contracts';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addClaimComment } from '../../api/claims-api';
import { IdempotencyKeys } from '../../api/idempotency-key';
import { queryKeys } from '../../api/query-keys';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';

/** Adds a comment to the thread; shown only when the claim's `allowedActions` has `comment`. */
export function AddCommentForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const keys = useRef(new IdempotencyKeys());
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => addClaimComment(claim.id, text, keys.current.keyFor({ claimId: claim.id, body: text })),
    onSettled: (_data, error) => keys.current.settle(error ?? undefined),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claim.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.claimHistory(claim.id) });
      notify({ color: 'green', message: t('claim.commentAdded') });
    },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const text = body.trim();
        if (!text) return setFieldError(t('problems.codes.REQUIRED'));
        setFieldError(null);
        mutation.mutate(text);
      }}
    >
      <Stack gap="sm">
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <Textarea
          label={t('claim.addComment')}
          description={t('claim.addCommentDescription')}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setFieldError(null);
          }}
          error={fieldError}
          maxLength={Limits.maxCommentLength}
          autosize
          minRows={3}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('claim.postComment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
