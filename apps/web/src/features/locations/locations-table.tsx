import type { Location } from '@associa/contracts';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { ProgramBadges } from './program-badges';

/** The partner's locations with MPN ID, country and enrolled programs by their localized names. */
export function LocationsTable({ locations }: { locations: Location[] }) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm" data-testid="locations-table">
        <caption>
          <VisuallyHidden>{t('locations.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('locations.mpnId')}</Table.Th>
            <Table.Th scope="col">{t('locations.name')}</Table.Th>
            <Table.Th scope="col">{t('locations.country')}</Table.Th>
            <Table.Th scope="col">{t('locations.programs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {locations.map((location) => (
            <Table.Tr key={location.id}>
              <Table.Td ff="monospace">{location.mpnId}</Table.Td>
              <Table.Td fw={500}>{location.name}</Table.Td>
              <Table.Td>{countryName(location.country)}</Table.Td>
              <Table.Td>
                <ProgramBadges codes={location.enrolledPrograms} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
