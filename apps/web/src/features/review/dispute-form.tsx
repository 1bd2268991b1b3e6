import { Limits, type Claim } from '@associa/contracts';
import { Alert, Button, FileInput, Group, Stack, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
        {(uploadError ?? decision.error) && (
          <Alert color="red" role="alert">
            {uploadError ?? decision.error}
          </Alert>
        )}
        <Textarea
          label={t('review.dispute.message')}
          required
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          error={fieldError}
          maxLength={Limits.maxCommentLength}
          autosize
          minRows={3}
        />
        <FileInput
          label={t('review.documents')}
          description={t('review.documentsHelp')}
          multiple
          clearable
          value={files}
          onChange={setFiles}
          leftSection={<IconUpload size={16} aria-hidden />}
          accept="application/pdf,image/png,image/jpeg"
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
