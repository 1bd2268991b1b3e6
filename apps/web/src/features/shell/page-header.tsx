import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page's `<h1>`, optional introduction and actions; also sets the browser tab title. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { title }));
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{title}</Title>
        {actions}
      </Group>
      {intro && <Text maw={720}>{intro}</Text>}
    </Stack>
  );
}
