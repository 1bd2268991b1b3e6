import type { ApiToken } from '@associa/contracts';
import { Box, Button, Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { tokenStatus, type TokenStatus } from './token-status';

const STATUS_COLORS: Record<TokenStatus, string> = { ACTIVE: 'green.7', REVOKED: 'gray.6', EXPIRED: 'orange.7' };
const STATUS_KEYS = { ACTIVE: 'tokens.statusActive', REVOKED: 'tokens.statusRevoked', EXPIRED: 'tokens.statusExpired' } as const;

/** The API tokens with their status; active ones can be revoked. */
export function TokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t('tokens.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('tokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('tokens.owner')}</Table.Th>
            <Table.Th scope="col">{t('tokens.created')}</Table.Th>
            <Table.Th scope="col">{t('tokens.expires')}</Table.Th>
            <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('tokens.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('tokens.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>
                  <Code c="dark.9" style={{ whiteSpace: 'nowrap' }}>
                    {token.prefix}…
                  </Code>
                </Table.Td>
                <Table.Td>{token.userEmail}</Table.Td>
                <Table.Td>{dateTime(token.createdAt)}</Table.Td>
                <Table.Td>{dateTime(token.expiresAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokens.never')}</Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Box w={10} h={10} bg={STATUS_COLORS[status]} style={{ borderRadius: '50%' }} aria-hidden />
                    <Text size="sm" fw={600}>
                      {t(STATUS_KEYS[status])}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {status === 'ACTIVE' && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => onRevoke(token)}
                      aria-label={t('tokens.revokeAria', { name: token.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
