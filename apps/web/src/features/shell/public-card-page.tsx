import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from './public-layout';

/** A public page that is one small card (sign in, forgot password, a link from an e-mail): its `<h1>`, introduction and content. */
export function PublicCardPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { title }));
  return (
    <PublicLayout>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{title}</Title>
              {intro && <Text>{intro}</Text>}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </PublicLayout>
  );
}
