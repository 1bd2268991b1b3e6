import type { ApiToken } from '@associa/contracts';
import { Button, EmptyState } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { findApiTokens } from '../api/tokens-api';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';
import { CreateTokenModal } from '../features/tokens/create-token-modal';
import { RevokeTokenModal } from '../features/tokens/revoke-token-modal';
import { TokensTable } from '../features/tokens/tokens-table';

/** `/tokens`: list, create and revoke API tokens for integrations. */
export function TokensPage() {
  const { t } = useTranslation();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: ({ signal }) => findApiTokens(signal) });
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [tokenToRevoke, setTokenToRevoke] = useState<ApiToken | null>(null);

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        intro={t('tokens.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('tokens.create')}
          </Button>
        }
      />
      {tokens.isPending && <InlineLoader />}
      {tokens.isError && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.data &&
        (tokens.data.items.length === 0 ? (
          <EmptyState
            icon={<IconKey aria-hidden />}
            withIndicatorBackground
            title={t('tokens.emptyTitle')}
            description={t('tokens.emptyText')}
          />
        ) : (
          <TokensTable tokens={tokens.data.items} onRevoke={setTokenToRevoke} />
        ))}
      <CreateTokenModal opened={isCreateOpen} onClose={createModal.close} />
      <RevokeTokenModal token={tokenToRevoke} onClose={() => setTokenToRevoke(null)} />
    </>
  );
}
