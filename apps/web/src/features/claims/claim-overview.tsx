import type { Claim } from '@associa/contracts';
import { Badge, Code, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ClaimSection } from './claim-section';
import { ClaimStatusBadge } from './claim-status-badge';
import { FieldList } from './field-list';

/** The claim's status, programs, partner location, customer, scope and revenue details. */
export function ClaimOverview({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const names = useCatalogNames();

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ClaimSection title={t('claim.summary')}>
        <FieldList
          items={[
            { label: t('claims.status'), value: <ClaimStatusBadge status={claim.status} /> },
            {
              label: t('claim.programs'),
              value: claim.programs.length ? (
                <Group gap={6} component="span">
                  {claim.programs.map((code) => (
                    <Badge key={code} variant="light" color="blue" tt="none" component="span">
                      {names.program(code)}
                    </Badge>
                  ))}
                </Group>
              ) : (
                t('claim.noPrograms')
              ),
            },
            { label: t('claim.solutionArea'), value: claim.solutionArea ? names.solutionArea(claim.solutionArea) : null },
            { label: t('claim.activities'), value: claim.activities.map(names.activity).join(', ') || null },
            { label: t('claim.createdBy'), value: `${claim.createdBy} · ${dateTime(claim.createdAt)}` },
            { label: t('claims.submitted'), value: claim.submittedAt ? dateTime(claim.submittedAt) : t('claim.notSubmitted') },
          ]}
        />
      </ClaimSection>
      <ClaimSection title={t('claim.partyTitle')}>
        <FieldList
          items={[
            { label: t('claim.location'), value: `${claim.location.mpnId} · ${claim.location.name}` },
            { label: t('claim.customerName'), value: claim.customer.name },
            { label: t('claim.domain'), value: claim.customer.domain },
            { label: t('claim.tenantId'), value: claim.customer.tenantId ? <Code c="dark.9">{claim.customer.tenantId}</Code> : null },
          ]}
        />
        {claim.revenue && (
          <>
            <Text fw={600} size="sm" mt="xs">
              {t('claim.revenueTitle')}
            </Text>
            <FieldList
              items={[
                { label: t('wizard.fields.sellerName'), value: claim.revenue.sellerName },
                { label: t('wizard.fields.revenueCustomerName'), value: claim.revenue.customerName },
                { label: t('wizard.fields.isvSolutionName'), value: claim.revenue.isvSolutionName },
              ]}
            />
          </>
        )}
      </ClaimSection>
    </SimpleGrid>
  );
}
