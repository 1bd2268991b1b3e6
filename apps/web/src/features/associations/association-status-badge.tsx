import type { AssociationStatus } from '@associa/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An association's status by its localized name; the dot carries the colour, as on claim status badges. */
export function AssociationStatusBadge({ status }: { status: AssociationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="dot"
      color={status === 'ACTIVE' ? 'green' : 'gray'}
      tt="none"
      data-status={status}
      // Mantine cuts long labels with an ellipsis; a status must always be read whole.
      styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t(`associations.status.${status}`)}
    </Badge>
  );
}
