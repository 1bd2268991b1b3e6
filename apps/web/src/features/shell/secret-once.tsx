import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Texts of a secret shown once (already translated). */
export type SecretOnceTexts = { warning: string; label: string; copy: string; copied: string; done: string };

/** A secret (API token, webhook signing secret) shown once after it is made, with a copy button. */
export function SecretOnce({ secret, texts, testId, onDone, children }: { secret: string; texts: SecretOnceTexts; testId: string; onDone: () => void; children?: ReactNode }) {
  return (
    <Stack>
      <Alert color="yellow" role="status">
        {texts.warning}
      </Alert>
      <TextInput
        label={texts.label}
        value={secret}
        readOnly
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        onFocus={(event) => event.currentTarget.select()}
        data-testid={testId}
      />
      {children}
      <Group justify="space-between">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'green' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              onClick={copy}
            >
              {copied ? texts.copied : texts.copy}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          {texts.done}
        </Button>
      </Group>
    </Stack>
  );
}
