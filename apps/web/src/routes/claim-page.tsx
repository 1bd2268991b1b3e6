import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconEdit, IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { ClaimAssociations } from '../features/associations/claim-associations';
import { useMe } from '../features/auth/use-me';
import { AddCommentForm } from '../features/claims/add-comment-form';
import { ClaimBreadcrumbs } from '../features/claims/claim-breadcrumbs';
import { ClaimCommentThread } from '../features/claims/claim-comment-thread';
import { ClaimContacts } from '../features/claims/claim-contacts';
import { ClaimDocumentsList } from '../features/claims/claim-documents-list';
import { ClaimHistory } from '../features/claims/claim-history';
import { ClaimLinesTable } from '../features/claims/claim-lines-table';
import { ClaimOverview } from '../features/claims/claim-overview';
import { ClaimSection } from '../features/claims/claim-section';
import { DeleteDraftModal } from '../features/claims/delete-draft-modal';
import { useClaim, useClaimHistory } from '../features/claims/use-claim';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';
import { ClaimConflicts } from '../features/review/claim-conflicts';
import { ClaimReviewStatus } from '../features/review/claim-review-status';
import { ClaimRevisions } from '../features/review/claim-revisions';
import { DecisionPanel } from '../features/review/decision-panel';
import { PartnerActions } from '../features/review/partner-actions';
import { WithdrawModal } from '../features/review/withdraw-modal';

/** `/claims/:id`: everything about one claim, read-only once submitted; a draft can be continued or deleted. */
export function ClaimPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const claim = useClaim(id);
  const { data: me } = useMe();
  const history = useClaimHistory(id);
  const [isDeleteOpen, deleteModal] = useDisclosure(false);
  const [isWithdrawOpen, withdrawModal] = useDisclosure(false);

  if (claim.isPending) return <InlineLoader />;
  if (claim.isError) {
    const isNotFound = claim.error instanceof ApiError && (claim.error.status === 404 || claim.error.status === 400);
    return (
      <>
        <PageHeader title={isNotFound ? t('claim.notFoundTitle') : t('claim.title')} />
        {isNotFound ? (
          <Alert color="yellow" role="alert" maw={560}>
            <Stack gap="sm" align="flex-start">
              <Text>{t('claim.notFoundText')}</Text>
              <Anchor component={Link} to="/claims">
                {t('claim.backToList')}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          <QueryError error={claim.error} onRetry={() => void claim.refetch()} />
        )}
      </>
    );
  }

  const data = claim.data;
  const can = (action: (typeof data.allowedActions)[number]) => data.allowedActions.includes(action);
  return (
    <>
      <ClaimBreadcrumbs items={[{ label: data.name ?? t('claims.unnamed') }]} />
      <PageHeader
        title={data.name ?? t('claims.unnamed')}
        actions={
          <Group gap="sm">
            {can('edit') && (
              <Button component={Link} to={`/claims/${data.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
                {t('claim.continueEditing')}
              </Button>
            )}
            {can('delete') && (
              <Button variant="default" c="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={deleteModal.open}>
                {t('claim.deleteDraft')}
              </Button>
            )}
            {can('withdraw') && (
              <Button variant="default" c="red.9" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={withdrawModal.open}>
                {t('review.withdraw.button')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        {data.status !== 'DRAFT' && !can('respond') && !can('dispute') && (
          <Alert color="gray" icon={<IconLock aria-hidden />} p="sm">
            {t('claim.readOnly')}
          </Alert>
        )}
        <ClaimReviewStatus claim={data} />
        <DecisionPanel claim={data} />
        {data.contested && me?.allowedActions.includes('review.work') && (
          <ClaimSection title={t('review.conflicts.title')}>
            <ClaimConflicts claimId={data.id} />
          </ClaimSection>
        )}
        <PartnerActions claim={data} />
        <ClaimOverview claim={data} />
        <ClaimSection title={t('claim.linesTitle')}>
          <ClaimLinesTable lines={data.lines} />
        </ClaimSection>
        {(data.status === 'ACTIVE' || data.status === 'ENDED') && (
          <ClaimSection title={t('associations.claimSectionTitle')}>
            <ClaimAssociations claimId={data.id} />
          </ClaimSection>
        )}
        <ClaimSection title={t('claim.contactsTitle')}>
          <ClaimContacts claim={data} />
        </ClaimSection>
        <ClaimSection title={t('claim.documentsTitle')}>
          <ClaimDocumentsList claimId={data.id} documents={data.documents} />
        </ClaimSection>
        <ClaimSection title={t('claim.commentsFieldTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.comments ?? t('claim.noCommentsField')}
          </Text>
        </ClaimSection>
        <ClaimSection title={t('claim.threadTitle')}>
          <ClaimCommentThread comments={data.commentThread} />
          {can('comment') && <AddCommentForm claim={data} />}
        </ClaimSection>
        {data.revision > 0 && (
          <ClaimSection title={t('review.revisions.title')}>
            <ClaimRevisions claimId={data.id} />
          </ClaimSection>
        )}
        <ClaimSection title={t('history.title')}>
          {history.isPending && <InlineLoader />}
          {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
          {history.data && <ClaimHistory events={history.data.items} />}
        </ClaimSection>
      </Stack>
      <DeleteDraftModal claim={data} opened={isDeleteOpen} onClose={deleteModal.close} />
      <WithdrawModal claim={data} opened={isWithdrawOpen} onClose={withdrawModal.close} />
    </>
  );
}
