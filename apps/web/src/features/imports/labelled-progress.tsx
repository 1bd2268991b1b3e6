import { Group, Progress, Stack, Text } from '@mantine/core';

/** A progress bar with its name and percentage written above it; the bar itself is named for screen readers. */
export function LabelledProgress({ label, percent, detail }: { label: string; percent: number; detail?: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm">{detail ? `${detail} · ${percent}%` : `${percent}%`}</Text>
      </Group>
      <Progress value={percent} aria-label={label} size="lg" />
    </Stack>
  );
}
