import type { ClaimStatus } from '@associa/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<ClaimStatus, MantineColor> = {
  DRAFT: 'gray',
  UNDER_REVIEW: 'blue',
  ACTION_REQUIRED: 'orange',
  CUSTOMER_CONSENT: 'violet',
  ACTIVE: 'green',
  DECLINED: 'red',
  REJECTED: 'red',
  DISPUTED: 'yellow',
  WITHDRAWN: 'gray',
  ENDED: 'gray',
};

/** A claim's status by its localized name; the dot carries the colour, so the text keeps full contrast. */
export function ClaimStatusBadge({ status, size = 'md' }: { status: ClaimStatus; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="dot"
      color={STATUS_COLORS[status]}
      tt="none"
      size={size}
      data-status={status}
      // Mantine cuts long labels with an ellipsis; a status must always be read whole.
      styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(`claimStatus.${status}`)}
    </Badge>
  );
}
