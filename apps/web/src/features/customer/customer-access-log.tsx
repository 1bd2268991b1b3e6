import type { CustomerPage } from '@associa/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { AccessKeysText } from '../usage/access-keys-text';

/** The partners' reads of this tenant's usage, newest first: which organisation, when, and what. */
export function CustomerAccessLog({ entries, productName }: { entries: CustomerPage['accessLog']; productName: (code: string) => string }) {
  const { t } = useTranslation();
  const { zonedDateTime } = useFormatters();
  if (entries.length === 0) return <Text>{t('customer.noReads')}</Text>;
  return (
    <Table striped withTableBorder data-testid="customer-access-log" aria-label={t('customer.accessLogTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('customer.organisation')}</Table.Th>
          <Table.Th>{t('customer.when')}</Table.Th>
          <Table.Th>{t('customer.what')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{entry.organisationName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{zonedDateTime(entry.at)}</Table.Td>
            <Table.Td>
              <AccessKeysText keys={entry.keys} productName={productName} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
