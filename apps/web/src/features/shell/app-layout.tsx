import { ActionIcon, AppShell, Box, Burger, Button, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router-dom';
import { useMe } from '../auth/use-me';
import { useSignOut } from '../auth/use-sign-out';
import { LanguageSwitch } from './language-switch';
import { allowedNavItems } from './nav-items';
import { SkipLink } from './skip-link';
import { useNotify } from './use-notify';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';

/** The signed-in frame: header with user, language and sign-out, a menu built from `allowedActions`, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const [isNavOpen, nav] = useDisclosure(false);
  const signOut = useSignOut();

  if (!me) return null; // RequireAuth renders this only with a user
  const items = allowedNavItems(me.allowedActions);

  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onError: () => notify({ color: 'red', message: t('shell.signOutFailed') }),
    });

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="lg"
    >
      <SkipLink targetId={MAIN_ID} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNav')}
              aria-expanded={isNavOpen}
              aria-controls={NAV_ID}
            />
            <Text component={Link} to="/" fw={800} size="xl" c="blue.9" td="none">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="sm" ta="right" data-testid="current-user">
              <Text size="sm" fw={600} lh={1.3}>
                {me.user.name}
              </Text>
              <Text size="xs" lh={1.3}>
                {me.organisation.name} · {t(`roles.${me.user.role}`)}
              </Text>
            </Box>
            <LanguageSwitch />
            <Button
              visibleFrom="sm"
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={handleSignOut}
              loading={signOut.isPending}
            >
              {t('shell.signOut')}
            </Button>
            <ActionIcon
              hiddenFrom="sm"
              variant="default"
              size="lg"
              onClick={handleSignOut}
              loading={signOut.isPending}
              aria-label={t('shell.signOut')}
            >
              <IconLogout size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id={NAV_ID} aria-label={t('shell.navLabel')}>
        {items.map((item) => (
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={item.path}
            label={t(item.labelKey)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
            onClick={nav.close}
            fw={500}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
