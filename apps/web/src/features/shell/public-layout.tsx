import { Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages reached without signing in (sign-in, links from e-mails): the name, the language switch, then the page's `<main>`. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box bg="gray.0" mih="100vh">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Text fw={800} size="xl" c="blue.9">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      {children}
    </Box>
  );
}
