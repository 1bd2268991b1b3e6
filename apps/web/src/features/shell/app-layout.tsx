import { AppShell, Burger, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router-dom';
import { useMe } from '../auth/use-me';
import { LanguageSwitch } from './language-switch';
import { allowedNavItems } from './nav-items';
import { ProfileMenu } from './profile-menu';
import { SkipLink } from './skip-link';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';

/** The signed-in frame: header with language and the user's menu (password, sign-out), a menu built from `allowedActions`, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const [isNavOpen, nav] = useDisclosure(false);

  if (!me) return null; // RequireAuth renders this only with a user
  const items = allowedNavItems(me.allowedActions);

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
            <LanguageSwitch />
            <ProfileMenu me={me} />
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
