import type { TenantSummary } from '@associa/contracts';
import { Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';

/** Customer tenants with their tenant ID, domains, country and time zone. */
export function TenantsTable({ tenants }: { tenants: TenantSummary[] }) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();

  return (
    // Narrower than 800 px the table scrolls: keyboard users reach that by focusing it, a named region.
    <Table.ScrollContainer minWidth={800} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('directory.tableCaption') } }}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t('directory.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.name')}</Table.Th>
            <Table.Th scope="col">{t('directory.tenantId')}</Table.Th>
            <Table.Th scope="col">{t('directory.domains')}</Table.Th>
            <Table.Th scope="col">{t('directory.country')}</Table.Th>
            <Table.Th scope="col">{t('directory.timeZone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tenants.map((tenant) => (
            <Table.Tr key={tenant.tenantId}>
              <Table.Td fw={500}>{tenant.name}</Table.Td>
              <Table.Td>
                <Code c="dark.9" style={{ whiteSpace: 'nowrap' }}>
                  {tenant.tenantId}
                </Code>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {tenant.domains.map((domain) => (
                    <Text key={domain} size="sm">
                      {domain}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>{countryName(tenant.country)}</Table.Td>
              <Table.Td>{tenant.timeZone}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
