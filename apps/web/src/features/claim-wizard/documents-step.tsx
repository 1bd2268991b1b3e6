import type { Claim } from '@associa/contracts';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POE_TEMPLATE_URL } from '../../api/claim-documents-api';
import { ClaimDocumentsList } from '../claims/claim-documents-list';
import { useErrorMessage } from '../shell/use-error-message';
import { DocumentDropZone } from './document-drop-zone';
import { fieldId } from './field-labels';
import { useDocumentUploads } from './use-document-uploads';
import { useWizard } from './wizard-context';

function DocumentsPanel({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { errorFor, clearProblems } = useWizard();
  const { upload, remove, failures, current, limits } = useDocumentUploads(claim);
  const isFull = claim.documents.length >= limits.count;
  const error = errorFor('documents');

  return (
    <Stack maw={720}>
      <Group>
        <Button component="a" href={POE_TEMPLATE_URL} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          {t('wizard.documents.template')}
        </Button>
      </Group>
      <DocumentDropZone
        disabled={!claim.allowedActions.includes('uploadDocument') || isFull || upload.isPending}
        hint={t('wizard.documents.hint', limits)}
        onFiles={(files) => {
          if (files.length === 0) return;
          clearProblems('documents');
          upload.mutate(files);
        }}
      />
      <Text size="sm" role="status">
        {current ? t('wizard.documents.uploading', { name: current }) : isFull ? t('wizard.documents.full', limits) : ''}
      </Text>
      {error && (
        <Text c="red.9" size="sm" id={fieldId('documents')}>
          {error}
        </Text>
      )}
      {failures.length > 0 && (
        <Alert color="red" role="alert" title={t('wizard.documents.failedTitle')}>
          <List size="sm">
            {failures.map((failure, index) => (
              <List.Item key={index}>
                {failure.fileName}: {failure.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {remove.isError && (
        <Alert color="red" role="alert">
          {errorMessage(remove.error)}
        </Alert>
      )}
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('wizard.documents.uploaded', { count: claim.documents.length, max: limits.count })}
      </Text>
      <ClaimDocumentsList
        claimId={claim.id}
        documents={claim.documents}
        shortChecksum
        removingId={remove.isPending ? remove.variables : null}
        onRemove={claim.allowedActions.includes('deleteDocument') ? (doc) => remove.mutate(doc.id) : undefined}
      />
    </Stack>
  );
}

/** Step 6: proof of execution, dragged in or browsed to, with the template to download; listed with size and checksum. */
export function DocumentsStep() {
  const { claim } = useWizard();
  // The draft exists from the first step on, so this step always has a claim to attach to.
  return claim ? <DocumentsPanel claim={claim} /> : null;
}
