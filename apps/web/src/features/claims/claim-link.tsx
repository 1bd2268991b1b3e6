import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A list row's claim name, linking to the claim page, with a line of detail under it (products, programs). */
export function ClaimLink({ id, name, detail }: { id: string; name: string | null; detail: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {/* A row may open the claim on click too; the link's own click must not do it twice. */}
      <Anchor component={Link} to={`/claims/${id}`} fw={600} onClick={(event) => event.stopPropagation()}>
        {name ?? t('claims.unnamed')}
      </Anchor>
      <Text size="xs">{detail}</Text>
    </>
  );
}
