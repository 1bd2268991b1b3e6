import { BULK_CLAIM_LIMITS, type BulkClaimUpload } from '@associa/contracts';
import { Anchor, Button, Checkbox, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import type { UploadProgress } from '../../api/upload-request';
import { useFormatters } from '../../i18n/use-formatters';
import { FileDropZone } from '../forms/file-drop-zone';
import { FormError } from '../forms/form-parts';
import { useApiErrorText } from '../forms/use-server-problems';
import { percentOf } from '../imports/import-progress';
import { LabelledProgress } from '../imports/labelled-progress';
import { bulkTemplateUrl, uploadBulkClaims, type BulkUploadInput } from './bulk-claims-api';

const ACCEPT = '.csv,.ndjson,.jsonl,text/csv,application/x-ndjson';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The bulk upload's choices (dry run, submit, a PoE reused by every row) and the file; uploads it with progress and hands the record on. */
export function BulkUploadForm({ onDone }: { onDone: (upload: BulkClaimUpload) => void }) {
  const { t } = useTranslation();
  const { fileSize } = useFormatters();
  const errorText = useApiErrorText();
  const queryClient = useQueryClient();
  const [isDryRun, setIsDryRun] = useState(true);
  const [isSubmit, setIsSubmit] = useState(false);
  const [poeDocumentId, setPoeDocumentId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useMutation({
    mutationFn: (input: BulkUploadInput) => uploadBulkClaims(input, setProgress),
    onMutate: () => setProgress({ loaded: 0, total: 0 }),
    onSuccess: (record) => {
      if (!record.dryRun) void queryClient.invalidateQueries({ queryKey: queryKeys.claims });
      onDone(record);
    },
  });
  const poeError = poeDocumentId.trim() && !UUID.test(poeDocumentId.trim()) ? t('bulkClaims.poeInvalid') : null;
  const isSent = !!progress && progress.total > 0 && progress.loaded >= progress.total;

  const choose = (files: File[]) => {
    const [chosen = null] = files;
    upload.reset();
    setProgress(null);
    setFile(chosen);
    setFileError(chosen && chosen.size > BULK_CLAIM_LIMITS.maxBytes ? t('bulkClaims.tooLarge', { size: fileSize(BULK_CLAIM_LIMITS.maxBytes) }) : null);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setFileError(t('bulkClaims.fileRequired'));
        if (!fileError && !poeError) upload.mutate({ file, dryRun: isDryRun, submit: isSubmit, poeDocumentId: poeDocumentId.trim() || null });
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('bulkClaims.explain', { rows: BULK_CLAIM_LIMITS.maxRows })}</Text>
        <Anchor href={bulkTemplateUrl()} download size="sm">
          <IconDownload size={14} aria-hidden /> {t('bulkClaims.template')}
        </Anchor>
        <Checkbox label={t('bulkClaims.dryRun')} description={t('bulkClaims.dryRunDescription')} checked={isDryRun} onChange={(event) => setIsDryRun(event.currentTarget.checked)} />
        <Checkbox label={t('bulkClaims.submit')} description={t('bulkClaims.submitDescription')} checked={isSubmit} onChange={(event) => setIsSubmit(event.currentTarget.checked)} />
        <TextInput
          label={t('bulkClaims.poeDocumentId')}
          description={t('bulkClaims.poeDocumentIdDescription')}
          value={poeDocumentId}
          onChange={(event) => setPoeDocumentId(event.currentTarget.value)}
          error={poeError}
          ff="monospace"
        />
        <FileDropZone
          onFiles={choose}
          disabled={upload.isPending}
          title={t('bulkClaims.dropHere')}
          hint={t('bulkClaims.fileHint', { size: fileSize(BULK_CLAIM_LIMITS.maxBytes), rows: BULK_CLAIM_LIMITS.maxRows })}
          browseLabel={t('bulkClaims.browse')}
          accept={ACCEPT}
          testId="bulk-drop-zone"
        />
        {file && (
          <Group gap="xs" data-testid="bulk-file">
            <IconFileText size={18} aria-hidden />
            <Text size="sm" fw={500}>
              {file.name}
            </Text>
            <Text size="sm">{fileSize(file.size)}</Text>
          </Group>
        )}
        <FormError message={fileError ?? (upload.isError ? errorText(upload.error) : null)} />
        {progress && <LabelledProgress label={t('bulkClaims.uploadProgress')} percent={percentOf(progress.loaded, progress.total, isSent)} detail={fileSize(progress.loaded)} />}
        {upload.isPending && isSent && (
          <Stack gap={4} role="status">
            <Text size="sm" fw={600}>
              {t('bulkClaims.checking')}
            </Text>
            <Progress value={100} striped animated aria-label={t('bulkClaims.checking')} size="lg" />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={upload.isPending}>
            {t(isDryRun ? 'bulkClaims.startDryRun' : 'bulkClaims.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
