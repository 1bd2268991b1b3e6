import { ListView } from '../list-page/list-view';
import { useAssociationsList } from './use-associations-list';
import { useAssociationsTable } from './use-associations-table';

/** On an active or ended claim's page: the associations its lines made, each with its own status. */
export function ClaimAssociations({ claimId }: { claimId: string }) {
  const associations = useAssociationsList({ claimId });
  const table = useAssociationsTable({ showClaim: false });
  return (
    <>
      <ListView query={associations} {...table.list} empty={{ title: 'associations.noneForClaim' }} />
      {table.endModal}
    </>
  );
}
