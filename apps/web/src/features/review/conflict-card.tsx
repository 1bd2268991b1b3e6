import type { ConflictingClaim } from '@associa/contracts';
import { Anchor, Badge, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ClaimDocumentsList } from '../claims/claim-documents-list';
import { ClaimStatusBadge } from '../claims/claim-status-badge';
import { FieldList } from '../claims/field-list';

/** One claim in the side-by-side conflict view: who, what it shares with the claim under review, and its proof. */
export function ConflictCard({ claim, isCurrent }: { claim: ConflictingClaim; isCurrent: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const names = useCatalogNames();
  const headingId = `conflict-${claim.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId} bg={isCurrent ? 'blue.0' : undefined} data-testid="conflict-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={headingId}>
            {claim.partnerName}
          </Title>
          <ClaimStatusBadge status={claim.status} />
        </Group>
        <Group gap={6}>
          {isCurrent && (
            <Badge color="blue.9" variant="outline" tt="none">
              {t('review.conflicts.thisClaim')}
            </Badge>
          )}
          {claim.holdsAssociation && (
            <Badge color="#1f6b31" variant="filled" tt="none">
              {t('review.conflicts.holdsAssociation')}
            </Badge>
          )}
        </Group>
        <FieldList
          items={[
            { label: t('review.conflicts.claim'), value: claim.name ?? t('claims.unnamed') },
            { label: t('review.conflicts.mpnId'), value: <Code>{claim.mpnId}</Code> },
            { label: t('claim.programs'), value: claim.programs.map(names.program).join(', ') || '—' },
            { label: t('claims.submitted'), value: claim.submittedAt ? dateTime(claim.submittedAt) : '—' },
            { label: t('review.conflicts.latestDocument'), value: claim.latestDocumentAt ? dateTime(claim.latestDocumentAt) : '—' },
          ]}
        />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('review.conflicts.sharedKeys')}
          </Text>
          <Group gap={4}>
            {claim.sharedKeys.map((key) => (
              <Code key={key}>{key}</Code>
            ))}
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('claim.linesTitle')}
          </Text>
          <List size="sm" spacing={2}>
            {claim.lines.map((line, index) => (
              <List.Item key={`${line.productCode}-${line.subscriptionId ?? index}`}>
                {names.product(line.productCode)}
                {line.subscriptionId && (
                  <>
                    {' · '}
                    <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {line.subscriptionId}
                    </Text>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('claim.documentsTitle')}
          </Text>
          <ClaimDocumentsList claimId={claim.id} documents={claim.documents} shortChecksum />
        </Stack>
        {!isCurrent && (
          <Anchor component={Link} to={`/claims/${claim.id}`} size="sm" fw={600}>
            <Group gap={4} component="span">
              {t('review.conflicts.open', { partner: claim.partnerName })}
              <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
