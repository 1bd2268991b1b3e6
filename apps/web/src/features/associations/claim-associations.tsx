import type { Association } from '@associa/contracts';
import { Button, Center, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '../shell/inline-loader';
import { QueryError } from '../shell/query-error';
import { AssociationsTable } from './associations-table';
import { EndAssociationModal } from './end-association-modal';
import { useAssociationPermissions } from './use-association-permissions';
import { useAssociationsList } from './use-associations-list';

/** On an active or ended claim's page: the associations its lines made, each with its own status. */
export function ClaimAssociations({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const { canEnd, showPartner } = useAssociationPermissions();
  const list = useAssociationsList({ claimId });
  const [ending, setEnding] = useState<Association | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isPending) return <InlineLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0) return <Text size="sm">{t('associations.noneForClaim')}</Text>;
  return (
    <>
      <AssociationsTable associations={items} showPartner={showPartner} showClaim={false} onEnd={canEnd ? setEnding : undefined} />
      {list.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('claims.loadMore')}
          </Button>
        </Center>
      )}
      <EndAssociationModal association={ending} onClose={() => setEnding(null)} />
    </>
  );
}
