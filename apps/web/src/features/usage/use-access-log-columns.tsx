import type { UsageAccessEntry } from '@associa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListColumn } from '../list-page/list-page-types';
import { AccessKeysText } from './access-keys-text';

/** The usage access log's columns: when, which organisation (vendor staff), who, how and what. */
export function useAccessLogColumns({ showOrganisation }: { showOrganisation: boolean }): ListColumn<UsageAccessEntry>[] {
  const { t } = useTranslation();
  const { zonedDateTime } = useFormatters();
  const names = useCatalogNames();
  return [
    { accessor: 'at', title: 'usageAccess.when', render: (entry) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{zonedDateTime(entry.at)}</Text> },
    { accessor: 'organisation', title: 'usageAccess.organisation', hidden: !showOrganisation, render: (entry) => entry.organisation.name },
    { accessor: 'actorName', title: 'usageAccess.who', render: (entry) => entry.actorName },
    { accessor: 'kind', title: 'usageAccess.how', render: (entry) => `${t(`usageAccess.kinds.${entry.kind}`)} · ${t(`usageAccess.channels.${entry.channel}`)}` },
    { accessor: 'keys', title: 'usageAccess.what', render: (entry) => <AccessKeysText keys={entry.keys} productName={names.product} showTenant /> },
  ];
}
