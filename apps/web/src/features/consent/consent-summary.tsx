import type { ConsentView } from '@associa/contracts';
import { Code, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../claims/field-list';

/** The association the customer is asked about: partner, customer, programs, products and what the partner gets to see. */
export function ConsentSummary({ view }: { view: ConsentView }) {
  const { t } = useTranslation();
  const dash = '—';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-partner">
          <Title order={2} size="h4" id="consent-partner" mb="xs">
            {t('consent.partnerTitle')}
          </Title>
          <FieldList
            items={[
              { label: t('consent.partnerName'), value: view.partnerName },
              { label: t('consent.partnerLocation'), value: view.locationName },
            ]}
          />
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-customer">
          <Title order={2} size="h4" id="consent-customer" mb="xs">
            {t('consent.customerTitle')}
          </Title>
          <FieldList
            items={[
              { label: t('claim.customerName'), value: view.customer.name ?? dash },
              { label: t('claim.domain'), value: view.customer.domain ?? dash },
              { label: t('claim.tenantId'), value: view.customer.tenantId ? <Code>{view.customer.tenantId}</Code> : dash },
            ]}
          />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-scope">
        <Title order={2} size="h4" id="consent-scope" mb="xs">
          {t('consent.scopeTitle')}
        </Title>
        <Stack gap="sm">
          <FieldList
            items={[
              { label: t('claim.solutionArea'), value: view.solutionArea ? t(`consent.names.solutionArea.${view.solutionArea}`) : dash },
              { label: t('claim.activities'), value: view.activities.map((a) => t(`consent.names.activity.${a}`)).join(', ') || dash },
              { label: t('claim.programs'), value: view.programs.map((p) => t(`consent.names.program.${p}`)).join(', ') || dash },
            ]}
          />
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder striped captionSide="top">
              <caption>
                <Text size="sm" ta="left" fw={600}>
                  {t('consent.linesTitle')}
                </Text>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('claim.product')}</Table.Th>
                  <Table.Th scope="col">{t('claim.subscription')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.lines.map((line, index) => (
                  <Table.Tr key={`${line.productCode}-${line.subscriptionId ?? index}`}>
                    <Table.Td>{line.productName ?? line.productCode}</Table.Td>
                    <Table.Td ff={line.subscriptionId ? 'monospace' : undefined}>{line.subscriptionId ?? t('consent.wholeWorkload')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-visibility">
        <Title order={2} size="h4" id="consent-visibility" mb="xs">
          {view.purpose === 'REVOKE' ? t('consent.visibilityTitleActive') : t('consent.visibilityTitle')}
        </Title>
        <Text>{view.purpose === 'REVOKE' ? t('consent.visibilityTextActive') : t('consent.visibilityText')}</Text>
      </Paper>
    </Stack>
  );
}
