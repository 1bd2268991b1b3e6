import type { MeResponse } from '@associa/contracts';
import { Box, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../account/change-password-modal';
import { useSignOut } from '../auth/use-sign-out';
import { useNotify } from './use-notify';
import classes from './profile-menu.module.css';

/** The signed-in user's name in the header; it opens their own actions: change the password, sign out. */
export function ProfileMenu({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const signOut = useSignOut();
  const [isChangeOpen, changeModal] = useDisclosure(false);
  const handleSignOut = () => signOut.mutate(undefined, { onError: () => notify({ color: 'red', message: t('shell.signOutFailed') }) });

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <UnstyledButton className={classes.trigger} data-testid="current-user">
            <IconUserCircle size={22} aria-hidden />
            <Box ta="left">
              <Text size="sm" fw={600} lh={1.3} className={classes.name}>
                {me.user.name}
              </Text>
              <Text size="xs" lh={1.3} visibleFrom="sm">
                {me.organisation.name} · {t(`roles.${me.user.role}`)}
              </Text>
            </Box>
            <IconChevronDown size={14} aria-hidden />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{me.user.email}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={changeModal.open}>
            {t('account.changeMenu')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={handleSignOut} disabled={signOut.isPending}>
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={isChangeOpen} onClose={changeModal.close} />
    </>
  );
}
