import type { ClaimStatus } from '@associa/contracts';
import { Group } from '@mantine/core';
import { ContestedBadge } from '../review/contested-badge';
import { ClaimStatusBadge } from './claim-status-badge';

/** A claims list's status column: the status, and whether another partner competes for the same keys. */
export function ClaimStatusCell({ status, contested }: { status: ClaimStatus; contested: boolean }) {
  return (
    <Group gap={6}>
      <ClaimStatusBadge status={status} />
      {contested && <ContestedBadge />}
    </Group>
  );
}
