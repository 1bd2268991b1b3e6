import type { PartnerLocation } from '@associa/contracts';
import { Text } from '@mantine/core';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { ProgramBadges } from '../locations/program-badges';

/** A partner's locations as the program admin manages them: MPN ID, name, country and enrolled programs. */
export function useLocationColumns(): ListColumn<PartnerLocation>[] {
  const { countryName } = useFormatters();
  return [
    { accessor: 'mpnId', title: 'partners.mpnId', render: (location) => <Text ff="monospace" size="sm">{location.mpnId}</Text> },
    { accessor: 'name', title: 'partners.locationName', render: (location) => <Text fw={500} size="sm">{location.name}</Text> },
    { accessor: 'country', title: 'partners.country', render: (location) => countryName(location.country) },
    { accessor: 'programs', title: 'partners.enrolledPrograms', render: (location) => <ProgramBadges codes={location.enrolledPrograms} /> },
  ];
}
