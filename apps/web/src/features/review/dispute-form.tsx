import type { Claim } from '@associa/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageAndDocumentsFields } from './message-and-documents-fields';
import { useClaimDecision } from './use-claim-decision';
import { useUploadDocuments } from './use-upload-documents';

/** The partner's dispute of a rejection: why it is wrong, with documents that show it. */
export function DisputeForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { upload, isUploading, uploadError } = useUploadDocuments(claim.id);
  const decision = useClaimDecision(claim);

  const submit = async () => {
    if (!message.trim()) return setFieldError(t('problems.codes.REQUIRED'));
    setFieldError(null);
    const documentIds = await upload(files);
    if (documentIds) decision.mutate({ kind: 'dispute', body: { message: message.trim(), documentIds } });
  };

  return (
    <form
      noValidate
      aria-label={t('review.dispute.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <MessageAndDocumentsFields
          label={t('review.dispute.message')}
          message={message}
          onMessage={setMessage}
          messageError={fieldError}
          files={files}
          onFiles={setFiles}
          formError={uploadError ?? decision.error}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={isUploading || decision.isPending}>
            {t('review.dispute.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
