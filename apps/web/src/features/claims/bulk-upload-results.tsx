import type { BulkClaimRowResult, BulkClaimUpload } from '@associa/contracts';
import { Alert, Anchor, Badge, Button, Group, List, Pagination, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useProblemMessage } from '../catalog/use-problem-message';
import { bulkRejectionsUrl } from './bulk-claims-api';
import { ClaimStatusBadge } from './claim-status-badge';

const PAGE = 50;
const COUNTS = ['rowsRead', 'valid', 'created', 'submitted', 'rejected'] as const;
const ROW_COLORS: Record<BulkClaimRowResult['status'], string> = { VALID: 'green', CREATED: 'blue', SUBMITTED: 'blue', REJECTED: 'red' };

/** What a bulk upload did: counts, the rejections download, and a page of rows with a link to each created claim or its problems. */
export function BulkUploadResults({ upload }: { upload: BulkClaimUpload }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemMessage();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const [shown, setShown] = useState<'all' | 'problems'>(upload.rejected > 0 ? 'problems' : 'all');
  const [page, setPage] = useState(1);
  const rows = shown === 'all' ? upload.rows : upload.rows.filter((r) => r.problems.length > 0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const visible = rows.slice((page - 1) * PAGE, page * PAGE);
  const hasProblems = upload.rows.some((r) => r.problems.length > 0);

  return (
    <Stack gap="md" data-testid="bulk-results">
      {upload.dryRun && <Alert color="blue">{t('bulkClaims.dryRunDone')}</Alert>}
      <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0} data-testid="bulk-counts">
        {COUNTS.map((count) => (
          <Paper key={count} withBorder p="sm" radius="md">
            <Text component="dt" size="sm">
              {t(`bulkClaims.counts.${count}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl" c={count === 'rejected' && upload.rejected > 0 ? 'red.9' : undefined}>
              {number.format(upload[count])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Group justify="space-between">
        <SegmentedControl
          value={shown}
          onChange={(value) => {
            setShown(value === 'problems' ? 'problems' : 'all');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('bulkClaims.showAll') },
            { value: 'problems', label: t('bulkClaims.showProblems') },
          ]}
          aria-label={t('bulkClaims.show')}
        />
        {hasProblems && (
          <Button component="a" href={bulkRejectionsUrl(upload.id)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('bulkClaims.downloadRejections')}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs" data-testid="bulk-rows">
          <Table.Caption>{t('bulkClaims.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ textAlign: 'right' }}>{t('bulkClaims.line')}</Table.Th>
              <Table.Th>{t('bulkClaims.claim')}</Table.Th>
              <Table.Th>{t('bulkClaims.result')}</Table.Th>
              <Table.Th>{t('bulkClaims.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <Table.Tr key={row.line} data-line={row.line}>
                <Table.Td style={{ textAlign: 'right' }}>{row.line}</Table.Td>
                <Table.Td>
                  {row.claimId ? (
                    <Anchor component={Link} to={`/claims/${row.claimId}`} fw={600}>
                      {row.name ?? t('claims.unnamed')}
                    </Anchor>
                  ) : (
                    <Text size="sm">{row.name ?? '—'}</Text>
                  )}
                  {row.customerDomain && <Text size="xs">{row.customerDomain}</Text>}
                </Table.Td>
                <Table.Td>
                  {row.claimStatus ? (
                    <ClaimStatusBadge status={row.claimStatus} />
                  ) : (
                    <Badge variant="light" color={ROW_COLORS[row.status]} tt="none">
                      {t(`bulkClaims.statuses.${row.status}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.problems.length > 0 && (
                    <List size="sm" spacing={2}>
                      {row.problems.map((problem, index) => (
                        <List.Item key={index}>
                          <Text span size="sm" ff="monospace">
                            {problem.code}
                          </Text>{' '}
                          {problemText(problem)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t('bulkClaims.page', { page: control }) })} />}
    </Stack>
  );
}
