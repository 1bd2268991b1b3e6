import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { findPartners } from '../api/partners-api';
import { queryKeys } from '../api/query-keys';
import { ListPage } from '../features/list-page/list-page';
import { isNarrowed, withoutBlanks } from '../features/list-page/search-param-values';
import { useCursorList } from '../features/list-page/use-cursor-list';
import { useSearchListFilters } from '../features/list-page/use-list-filters';
import { PartnerFormModal } from '../features/partners/partner-form-modal';
import { PartnersFilterBar } from '../features/partners/partners-filter-bar';
import { partnersFilters } from '../features/partners/partners-filters';
import { usePartnerColumns } from '../features/partners/use-partner-columns';

/** `/partners`: the program admin's partner organisations, by name or MPN ID and status; onboarding a new one. */
export function PartnersPage() {
  const { t } = useTranslation();
  const { query, filterBar } = useSearchListFilters(partnersFilters, withoutBlanks);
  const partners = useCursorList(queryKeys.partnerList(query), (cursor, signal) => findPartners({ ...query, cursor }, signal));
  const columns = usePartnerColumns();
  const [isCreateOpen, createModal] = useDisclosure(false);

  return (
    <ListPage
      title="partners.title"
      intro="partners.intro"
      actions={
        <Button onClick={createModal.open}>
          {t('partners.create')}
        </Button>
      }
      filters={<PartnersFilterBar {...filterBar} />}
      query={partners}
      columns={columns}
      caption="partners.caption"
      minWidth={860}
      testId="partners"
      shown="partners.shown"
      empty={{ icon: <IconBuildingStore aria-hidden />, title: 'partners.emptyTitle', text: 'partners.emptyText' }}
      noMatch={{ title: 'partners.noMatchTitle', text: 'partners.noMatchText' }}
      isFiltered={isNarrowed(query)}
    >
      <PartnerFormModal opened={isCreateOpen} onClose={createModal.close} />
    </ListPage>
  );
}
