import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm } from '../features/auth/login-form';
import { safeRedirectPath } from '../features/auth/safe-redirect-path';
import { useMe } from '../features/auth/use-me';
import { FullPageLoader } from '../features/shell/full-page-loader';
import { LanguageSwitch } from '../features/shell/language-switch';

/** `/login`: signs a visitor in and returns them to the page they wanted. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const target = safeRedirectPath((location.state as { from?: unknown } | null)?.from);
  useDocumentTitle(t('app.documentTitle', { title: t('login.title') }));

  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={target} replace />;

  return (
    <Box bg="gray.0" mih="100vh">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Text fw={800} size="xl" c="blue.9">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{t('login.title')}</Title>
              <Text>{t('login.intro')}</Text>
            </Stack>
            <LoginForm onSignedIn={() => void navigate(target, { replace: true })} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
