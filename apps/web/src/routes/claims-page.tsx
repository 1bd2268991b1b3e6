import { ClaimSortSchema } from '@associa/contracts';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { claimsExportUrl } from '../api/claims-api';
import { useMe } from '../features/auth/use-me';
import { BulkUploadModal } from '../features/claims/bulk-upload-modal';
import { ClaimsFilterBar } from '../features/claims/claims-filter-bar';
import { DEFAULT_CLAIM_SORT, filtersFromSearchParams, filtersToQuery, hasActiveFilters } from '../features/claims/claims-filters';
import { useClaimColumns } from '../features/claims/use-claim-columns';
import { useClaimsList } from '../features/claims/use-claims-list';
import { ListPage } from '../features/list-page/list-page';
import { useListFilters } from '../features/list-page/use-list-filters';

const SORTS = { options: ClaimSortSchema.options, fallback: DEFAULT_CLAIM_SORT };

/** `/claims`: the partner's customer associations with search, filters, sort, paging and CSV export. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { filters, query, sort, filterBar } = useListFilters(filtersFromSearchParams, filtersToQuery, SORTS);
  const claims = useClaimsList(query);
  const columns = useClaimColumns();
  const canCreate = me?.allowedActions.includes('claims.create') ?? false;
  const [isBulkOpen, setIsBulkOpen] = useState(false);

  return (
    <ListPage
      title="claims.title"
      intro="claims.intro"
      exportUrl={claimsExportUrl(query)}
      actions={
        canCreate && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setIsBulkOpen(true)}>
              {t('bulkClaims.open')}
            </Button>
            <Button component={Link} to="/claims/new">
              {t('claims.create')}
            </Button>
            <BulkUploadModal opened={isBulkOpen} onClose={() => setIsBulkOpen(false)} />
          </Group>
        )
      }
      filters={<ClaimsFilterBar {...filterBar} />}
      query={claims}
      columns={columns}
      sort={sort}
      caption="claims.tableCaption"
      minWidth={960}
      shown="claims.shown"
      empty={{ icon: <IconFileSearch aria-hidden />, title: 'claims.emptyTitle', text: canCreate ? 'claims.emptyText' : 'claims.emptyTextReadOnly' }}
      noMatch={{ title: 'claims.noMatchTitle', text: 'claims.noMatchText' }}
      isFiltered={hasActiveFilters(filters)}
    />
  );
}
