import type { ApiToken } from '@associa/contracts';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { findApiTokens } from '../api/tokens-api';
import { ListPage } from '../features/list-page/list-page';
import { CreateTokenModal } from '../features/tokens/create-token-modal';
import { RevokeTokenModal } from '../features/tokens/revoke-token-modal';
import { tokenStatus } from '../features/tokens/token-status';
import { useTokenColumns } from '../features/tokens/use-token-columns';

/** `/tokens`: list, create and revoke API tokens for integrations. */
export function TokensPage() {
  const { t } = useTranslation();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: ({ signal }) => findApiTokens(signal) });
  const columns = useTokenColumns();
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [tokenToRevoke, setTokenToRevoke] = useState<ApiToken | null>(null);

  return (
    <ListPage
      title="tokens.title"
      intro="tokens.intro"
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
          {t('tokens.create')}
        </Button>
      }
      query={tokens}
      columns={columns}
      caption="tokens.tableCaption"
      minWidth={900}
      rowActions={(token) =>
        tokenStatus(token) === 'ACTIVE' && (
          <Button size="xs" variant="outline" color="red.9" onClick={() => setTokenToRevoke(token)} aria-label={t('tokens.revokeAria', { name: token.name })}>
            {t('tokens.revoke')}
          </Button>
        )
      }
      shown="tokens.shown"
      empty={{ icon: <IconKey aria-hidden />, title: 'tokens.emptyTitle', text: 'tokens.emptyText' }}
    >
      <CreateTokenModal opened={isCreateOpen} onClose={createModal.close} />
      <RevokeTokenModal token={tokenToRevoke} onClose={() => setTokenToRevoke(null)} />
    </ListPage>
  );
}
