import type { ProgramCode } from '@associa/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProgramNames } from './use-program-names';

/** The programs a location is enrolled in, as badges with their names in the UI language, or "None". */
export function ProgramBadges({ codes }: { codes: readonly ProgramCode[] }) {
  const { t } = useTranslation();
  const programName = useProgramNames();
  if (codes.length === 0) return <Text size="sm">{t('locations.noPrograms')}</Text>;
  return (
    <Group gap={6}>
      {codes.map((code) => (
        <Badge key={code} variant="light" color="blue" tt="none" size="md">
          {programName(code)}
        </Badge>
      ))}
    </Group>
  );
}
