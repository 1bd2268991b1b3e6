import { Group, Stack, Title, type TitleOrder } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of a page (a second list, a form), named by its heading for screen readers; `action` sits beside the heading. */
export function PageSection({ title, action, order = 2, children }: { title: string; action?: ReactNode; order?: TitleOrder; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={order} size={order === 2 ? 'h3' : 'h4'} id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
