import { DOCUMENT_TYPES } from '@associa/contracts';
import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file picker offers; the server still decides by the bytes. */
const ACCEPT = Object.values(DOCUMENT_TYPES)
  .flatMap((type) => [type.contentType, `.${type.extension}`])
  .concat('.jpeg')
  .join(',');

/** A drop area for files dragged in, with a "Browse" button for everyone who doesn't drag (keyboard included). */
export function DocumentDropZone(props: { onFiles: (files: File[]) => void; disabled: boolean; hint: string }) {
  const { t } = useTranslation();
  const [isOver, setIsOver] = useState(false);
  const hover = (event: DragEvent, over: boolean) => {
    event.preventDefault();
    if (!props.disabled) setIsOver(over);
  };

  return (
    <Paper
      p="xl"
      radius="md"
      data-testid="document-drop-zone"
      onDragEnter={(event) => hover(event, true)}
      onDragOver={(event) => hover(event, true)}
      onDragLeave={(event) => hover(event, false)}
      onDrop={(event) => {
        hover(event, false);
        if (!props.disabled) props.onFiles(Array.from(event.dataTransfer.files));
      }}
      style={{
        border: `2px dashed var(--mantine-color-${isOver ? 'blue-7' : 'gray-5'})`,
        background: isOver ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <IconUpload size={32} aria-hidden />
        <Text fw={600}>{t('wizard.documents.dropHere')}</Text>
        <Text size="sm" ta="center">
          {props.hint}
        </Text>
        <FileButton onChange={props.onFiles} accept={ACCEPT} multiple disabled={props.disabled}>
          {(buttonProps) => (
            <Button {...buttonProps} variant="default" disabled={props.disabled}>
              {t('wizard.documents.browse')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
