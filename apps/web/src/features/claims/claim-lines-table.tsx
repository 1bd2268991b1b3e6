import type { Claim } from '@associa/contracts';
import { Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';

/** The claimed products with their subscription and who chose it. */
export function ClaimLinesTable({ lines }: { lines: Claim['lines'] }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  if (lines.length === 0) return <Text size="sm">{t('claim.noLines')}</Text>;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing="xs">
        <caption>
          <VisuallyHidden>{t('claim.linesTitle')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('claim.product')}</Table.Th>
            <Table.Th scope="col">{t('claim.subscription')}</Table.Th>
            <Table.Th scope="col">{t('claim.chosenBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={`${line.productCode}|${line.subscriptionId ?? ''}`}>
              <Table.Td>{line.productName ?? names.product(line.productCode)}</Table.Td>
              <Table.Td>{line.subscriptionId ? <Code c="dark.9">{line.subscriptionId}</Code> : '—'}</Table.Td>
              <Table.Td>
                {line.subscriptionChosen === 'AUTOMATIC'
                  ? t('claim.chosenAutomatically')
                  : line.subscriptionChosen === 'PARTNER'
                    ? t('claim.chosenByPartner')
                    : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
