import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Why a customer link can't be used: unknown (404) or past its window (410); either way nothing changed. */
export function ConsentLinkProblem({ kind }: { kind: 'invalid' | 'expired' | 'superseded' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t(`consent.${kind}Title`)}</Title>
      <Alert color="yellow" icon={<IconLinkOff aria-hidden />} role="alert">
        <Stack gap="xs">
          <Text>{t(`consent.${kind}Text`)}</Text>
          <Text fw={600}>{t('consent.nothingChanged')}</Text>
          <Text>{t('consent.contactPartner')}</Text>
        </Stack>
      </Alert>
    </Stack>
  );
}
