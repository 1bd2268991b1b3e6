import { DOCUMENT_TYPES, Limits } from '@associa/contracts';
import { Alert, FileInput, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const ACCEPT = Object.values(DOCUMENT_TYPES)
  .map((d) => d.contentType)
  .join(',');

/** The part respond and dispute share: the error banner, the required text and the new documents. */
export function MessageAndDocumentsFields({
  label,
  message,
  onMessage,
  messageError,
  files,
  onFiles,
  formError,
}: {
  label: string;
  message: string;
  onMessage: (value: string) => void;
  messageError: string | null;
  files: File[];
  onFiles: (files: File[]) => void;
  formError: string | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {formError && (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      )}
      <Textarea
        label={label}
        required
        value={message}
        onChange={(event) => onMessage(event.currentTarget.value)}
        error={messageError}
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
        onChange={onFiles}
        leftSection={<IconUpload size={16} aria-hidden />}
        accept={ACCEPT}
      />
    </>
  );
}
