import type { PartnerSummary } from '@associa/contracts';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { PartnerStatusBadge } from './partner-status-badge';

/** The partners list's columns; the name opens the partner. */
export function usePartnerColumns(): ListColumn<PartnerSummary>[] {
  const { countryName, dateTime } = useFormatters();
  return [
    {
      accessor: 'name',
      title: 'partners.name',
      render: (partner) => (
        <Anchor component={Link} to={`/partners/${partner.id}`} fw={500} size="sm">
          {partner.name}
        </Anchor>
      ),
    },
    { accessor: 'country', title: 'partners.country', render: (partner) => (partner.country ? countryName(partner.country) : '—') },
    { accessor: 'status', title: 'partners.status', render: (partner) => <PartnerStatusBadge status={partner.status} /> },
    { accessor: 'locations', title: 'partners.locations', textAlign: 'right', render: (partner) => partner.locationCount },
    { accessor: 'users', title: 'partners.activeUsers', textAlign: 'right', render: (partner) => partner.userCount },
    { accessor: 'created', title: 'partners.created', render: (partner) => dateTime(partner.createdAt) },
  ];
}
