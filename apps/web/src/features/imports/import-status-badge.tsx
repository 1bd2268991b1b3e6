import type { ImportStatus } from '@associa/contracts';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shell/status-badge';

const COLORS: Record<ImportStatus, MantineColor> = { QUEUED: 'gray', RUNNING: 'blue', SUCCEEDED: 'green', FAILED: 'red' };

/** Where an import stands. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={COLORS[status]}>{t(`imports.statuses.${status}`)}</StatusBadge>;
}
