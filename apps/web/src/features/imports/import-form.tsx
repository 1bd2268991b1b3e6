import { IMPORT_FIELDS, ImportKindSchema, Limits, type ImportKind } from '@associa/contracts';
import { Anchor, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importTemplateUrl, uploadImport } from '../../api/imports-api';
import type { UploadProgress } from '../../api/upload-request';
import { useFormatters } from '../../i18n/use-formatters';
import { FileDropZone } from '../forms/file-drop-zone';
import { FormError } from '../forms/form-parts';
import { useApiErrorText } from '../forms/use-server-problems';
import { percentOf } from './import-progress';
import { LabelledProgress } from './labelled-progress';

const ACCEPT = '.csv,.ndjson,.jsonl,text/csv,application/x-ndjson';

/** Picks what to import, a dry run or not, and the file; uploads it with progress and hands the new import's id on. */
export function ImportForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const { fileSize } = useFormatters();
  const errorText = useApiErrorText();
  const [kind, setKind] = useState<ImportKind>('tenants');
  const [isDryRun, setIsDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useMutation({
    mutationFn: (input: { kind: ImportKind; dryRun: boolean; file: File }) => uploadImport(input, setProgress),
    onMutate: () => setProgress({ loaded: 0, total: 0 }),
    onSuccess: (created) => onStarted(created.id),
  });

  const choose = (files: File[]) => {
    const [chosen = null] = files;
    upload.reset();
    setProgress(null);
    setFile(chosen);
    setFileError(chosen && chosen.size > Limits.maxImportBytes ? t('imports.tooLarge', { size: fileSize(Limits.maxImportBytes) }) : null);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setFileError(t('imports.fileRequired'));
        if (!fileError) upload.mutate({ kind, dryRun: isDryRun, file });
      }}
    >
      <Stack gap="md">
        <Radio.Group label={t('imports.kind')} value={kind} onChange={(value) => setKind(ImportKindSchema.parse(value))} required>
          <Stack gap="sm" mt="xs">
            {ImportKindSchema.options.map((option) => (
              <Group key={option} justify="space-between" align="flex-start" wrap="nowrap">
                <Radio
                  value={option}
                  label={t(`imports.kinds.${option}`)}
                  description={t('imports.columns', { columns: IMPORT_FIELDS[option].map((field) => field.name).join(', ') })}
                />
                <Anchor href={importTemplateUrl(option)} download size="sm" style={{ whiteSpace: 'nowrap' }} aria-label={t('imports.templateAria', { kind: t(`imports.kinds.${option}`) })}>
                  <IconDownload size={14} aria-hidden /> {t('imports.template')}
                </Anchor>
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox label={t('imports.dryRun')} description={t('imports.dryRunDescription')} checked={isDryRun} onChange={(event) => setIsDryRun(event.currentTarget.checked)} />
        <FileDropZone
          onFiles={choose}
          disabled={upload.isPending}
          title={t('imports.dropHere')}
          hint={t('imports.fileHint', { size: fileSize(Limits.maxImportBytes) })}
          browseLabel={t('imports.browse')}
          accept={ACCEPT}
          testId="import-drop-zone"
        />
        {file && (
          <Group gap="xs" data-testid="import-file">
            <IconFileText size={18} aria-hidden />
            <Text size="sm" fw={500}>
              {file.name}
            </Text>
            <Text size="sm">{fileSize(file.size)}</Text>
          </Group>
        )}
        <FormError message={fileError ?? (upload.isError ? errorText(upload.error) : null)} />
        {progress && (
          <LabelledProgress label={t('imports.uploadProgress')} percent={percentOf(progress.loaded, progress.total, upload.isSuccess)} detail={fileSize(progress.loaded)} />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={upload.isPending}>
            {t(isDryRun ? 'imports.startDryRun' : 'imports.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
