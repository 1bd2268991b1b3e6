import type { Claim, ClaimCorrections } from '@associa/contracts';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageAndDocumentsFields } from './message-and-documents-fields';
import { useClaimDecision } from './use-claim-decision';
import { useUploadDocuments } from './use-upload-documents';

/** The partner's answer to an information request: a comment, new documents and, optionally, a corrected customer contact. */
export function RespondForm({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [correct, setCorrect] = useState(false);
  const [contact, setContact] = useState({ name: claim.customerContact?.name ?? '', title: claim.customerContact?.title ?? '', email: claim.customerContact?.email ?? '' });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { upload, isUploading, uploadError } = useUploadDocuments(claim.id);
  const decision = useClaimDecision(claim, () => {
    setComment('');
    setFiles([]);
  });

  const submit = async () => {
    if (!comment.trim()) return setFieldError(t('problems.codes.REQUIRED'));
    setFieldError(null);
    const documentIds = await upload(files);
    if (!documentIds) return;
    const corrections: ClaimCorrections = correct ? { customerContact: { name: contact.name.trim(), title: contact.title.trim(), email: contact.email.trim() } } : {};
    decision.mutate({ kind: 'respond', body: { comment: comment.trim(), documentIds, corrections } });
  };

  return (
    <form
      noValidate
      aria-label={t('review.respond.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <MessageAndDocumentsFields
          label={t('review.respond.comment')}
          message={comment}
          onMessage={setComment}
          messageError={fieldError}
          files={files}
          onFiles={setFiles}
          formError={uploadError ?? decision.error}
        />
        <Checkbox label={t('review.respond.correctContact')} checked={correct} onChange={(event) => setCorrect(event.currentTarget.checked)} />
        {correct && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('review.respond.contactName')} value={contact.name} onChange={(e) => setContact({ ...contact, name: e.currentTarget.value })} />
            <TextInput label={t('review.respond.contactTitle')} value={contact.title} onChange={(e) => setContact({ ...contact, title: e.currentTarget.value })} />
            <TextInput label={t('review.respond.contactEmail')} type="email" value={contact.email} onChange={(e) => setContact({ ...contact, email: e.currentTarget.value })} />
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={isUploading || decision.isPending}>
            {t('review.respond.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
