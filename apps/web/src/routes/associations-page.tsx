import { AssociationSortSchema } from '@associa/contracts';
import { IconLink } from '@tabler/icons-react';
import { associationsExportUrl } from '../api/associations-api';
import { AssociationsFilterBar } from '../features/associations/associations-filter-bar';
import {
  associationFiltersFromSearchParams,
  associationFiltersToQuery,
  DEFAULT_ASSOCIATION_SORT,
  hasActiveAssociationFilters,
} from '../features/associations/associations-filters';
import { useAssociationsList } from '../features/associations/use-associations-list';
import { useAssociationsTable } from '../features/associations/use-associations-table';
import { ListPage } from '../features/list-page/list-page';
import { useListFilters } from '../features/list-page/use-list-filters';

const SORTS = { options: AssociationSortSchema.options, fallback: DEFAULT_ASSOCIATION_SORT };

/** `/associations`: the keys partners hold or held (one row per product or subscription), with filters, paging and CSV export. */
export function AssociationsPage() {
  const { filters, query, sort, filterBar } = useListFilters(associationFiltersFromSearchParams, associationFiltersToQuery, SORTS);
  const associations = useAssociationsList(query);
  const table = useAssociationsTable({ showClaim: true });

  return (
    <ListPage
      title="associations.title"
      intro="associations.intro"
      exportUrl={associationsExportUrl(query)}
      filters={<AssociationsFilterBar {...filterBar} />}
      query={associations}
      {...table.list}
      sort={sort}
      shown="associations.shown"
      empty={{ icon: <IconLink aria-hidden />, title: 'associations.emptyTitle', text: 'associations.emptyText' }}
      noMatch={{ title: 'associations.noMatchTitle', text: 'associations.noMatchText' }}
      isFiltered={hasActiveAssociationFilters(filters)}
    >
      {table.endModal}
    </ListPage>
  );
}
