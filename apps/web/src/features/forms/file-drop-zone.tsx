import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';

/** What a drop zone says and takes: `accept` is the file picker's filter (the server still decides by the bytes). */
export type FileDropZoneProps = {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  title: string;
  hint: string;
  browseLabel: string;
  accept: string;
  multiple?: boolean;
  testId?: string;
};

/** A drop area for files dragged in, with a "Browse" button for everyone who doesn't drag (keyboard included). */
export function FileDropZone(props: FileDropZoneProps) {
  const [isOver, setIsOver] = useState(false);
  const hover = (event: DragEvent, over: boolean) => {
    event.preventDefault();
    if (!props.disabled) setIsOver(over);
  };
  const pick = (files: File | File[] | null) => props.onFiles(files === null ? [] : Array.isArray(files) ? files : [files]);

  return (
    <Paper
      p="xl"
      radius="md"
      data-testid={props.testId}
      onDragEnter={(event) => hover(event, true)}
      onDragOver={(event) => hover(event, true)}
      onDragLeave={(event) => hover(event, false)}
      onDrop={(event) => {
        hover(event, false);
        if (!props.disabled) props.onFiles(Array.from(event.dataTransfer.files).slice(0, props.multiple ? undefined : 1));
      }}
      style={{
        border: `2px dashed var(--mantine-color-${isOver ? 'blue-7' : 'gray-5'})`,
        background: isOver ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <IconUpload size={32} aria-hidden />
        <Text fw={600}>{props.title}</Text>
        <Text size="sm" ta="center">
          {props.hint}
        </Text>
        <FileButton onChange={pick} accept={props.accept} multiple={props.multiple} disabled={props.disabled}>
          {(buttonProps) => (
            <Button {...buttonProps} variant="default" disabled={props.disabled}>
              {props.browseLabel}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
