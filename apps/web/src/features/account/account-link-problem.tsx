import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LinkProblem } from './link-problem';

/** Why an invitation or reset link can't be used, and what to do instead (ask the inviter, ask for another link, sign in). */
export function AccountLinkProblem({ kind, purpose }: { kind: LinkProblem; purpose: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {/* The title is written in the body: Mantine's yellow alert title is too light to read on its background. */}
      <Alert color="yellow" icon={<IconLinkOff aria-hidden />} role="alert">
        <Stack gap="xs">
          <Text fw={700}>{t(`account.linkProblems.${kind}Title`)}</Text>
          <Text>{t(`account.linkProblems.${purpose}.${kind}`)}</Text>
        </Stack>
      </Alert>
      {purpose === 'reset' && kind !== 'used' && (
        <Anchor component={Link} to="/forgot-password">
          {t('account.askAnotherLink')}
        </Anchor>
      )}
      <Anchor component={Link} to="/login">
        {t('account.goToSignIn')}
      </Anchor>
    </Stack>
  );
}
