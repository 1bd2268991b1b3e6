import type { ApiToken } from '@associa/contracts';
import { Box, Code, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { tokenStatus, type TokenStatus } from './token-status';

const STATUS_COLORS: Record<TokenStatus, string> = { ACTIVE: 'green.7', REVOKED: 'gray.6', EXPIRED: 'orange.7' };
const STATUS_KEYS = { ACTIVE: 'tokens.statusActive', REVOKED: 'tokens.statusRevoked', EXPIRED: 'tokens.statusExpired' } as const;

/** The API tokens list's columns, each token with its status (revoked or expired ones no longer work). */
export function useTokenColumns(): ListColumn<ApiToken>[] {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  return [
    {
      accessor: 'name',
      title: 'tokens.name',
      render: (token) => (
        <Text size="sm" fw={500}>
          {token.name}
        </Text>
      ),
    },
    {
      accessor: 'prefix',
      title: 'tokens.prefix',
      render: (token) => (
        <Code c="dark.9" style={{ whiteSpace: 'nowrap' }}>
          {token.prefix}…
        </Code>
      ),
    },
    { accessor: 'owner', title: 'tokens.owner', render: (token) => token.userEmail },
    { accessor: 'created', title: 'tokens.created', render: (token) => dateTime(token.createdAt) },
    { accessor: 'expires', title: 'tokens.expires', render: (token) => dateTime(token.expiresAt) },
    { accessor: 'lastUsed', title: 'tokens.lastUsed', render: (token) => (token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokens.never')) },
    {
      accessor: 'status',
      title: 'tokens.status',
      render: (token) => {
        const status = tokenStatus(token);
        return (
          <Group gap={8} wrap="nowrap">
            <Box w={10} h={10} bg={STATUS_COLORS[status]} style={{ borderRadius: '50%' }} aria-hidden />
            <Text size="sm" fw={600}>
              {t(STATUS_KEYS[status])}
            </Text>
          </Group>
        );
      },
    },
  ];
}
