import type { PartnerStatus } from '@associa/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shell/status-badge';

/** Whether a partner files claims (active) or only reads (suspended). */
export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={status === 'ACTIVE' ? 'green' : 'orange'}>{t(`partners.statuses.${status}`)}</StatusBadge>;
}
