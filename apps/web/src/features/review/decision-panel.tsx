import type { Claim } from '@associa/contracts';
import { Alert, Button, Group, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { ClaimSection } from '../claims/claim-section';
import { ApproveForm } from './approve-form';
import { DisputeDecisionForm } from './dispute-decision-form';
import { RejectForm } from './reject-form';
import { RequestInfoForm } from './request-info-form';
import { useClaimDecision } from './use-claim-decision';

/** The reviewer's panel: take or release the review, then ask for information, approve, reject or decide a dispute. */
export function DecisionPanel({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const assignment = useClaimDecision(claim);
  const can = (action: Claim['allowedActions'][number]) => claim.allowedActions.includes(action);
  const tabs = [
    can('requestInfo') && { value: 'requestInfo', label: t('review.requestInfo.title'), panel: <RequestInfoForm claim={claim} /> },
    can('approve') && { value: 'approve', label: t('review.approve.title'), panel: <ApproveForm claim={claim} /> },
    can('reject') && { value: 'reject', label: t('review.reject.title'), panel: <RejectForm claim={claim} /> },
    can('decideDispute') && { value: 'decideDispute', label: t('review.decideDispute.title'), panel: <DisputeDecisionForm claim={claim} /> },
  ].filter((tab): tab is { value: string; label: string; panel: React.JSX.Element } => !!tab);
  if (!can('assign') && tabs.length === 0) return null;
  const isMine = !!me && claim.assignedReviewer?.id === me.user.id;

  return (
    <ClaimSection title={t('review.panelTitle')}>
      <Stack gap="sm" data-testid="decision-panel">
        {assignment.error && (
          <Alert color="red" role="alert">
            {assignment.error}
          </Alert>
        )}
        {can('assign') && (
          <Group>
            {!isMine && (
              <Button variant="light" loading={assignment.isPending} onClick={() => assignment.mutate({ kind: 'assign' })}>
                {t('review.assignToMe')}
              </Button>
            )}
            {claim.assignedReviewer && (
              <Button variant="default" loading={assignment.isPending} onClick={() => assignment.mutate({ kind: 'unassign' })}>
                {t('review.release')}
              </Button>
            )}
          </Group>
        )}
        {tabs.length > 0 && (
          <Tabs defaultValue={tabs[0]!.value} keepMounted={false}>
            <Tabs.List>
              {tabs.map((tab) => (
                <Tabs.Tab key={tab.value} value={tab.value}>
                  {tab.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Panel key={tab.value} value={tab.value} pt="sm">
                {tab.panel}
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>
    </ClaimSection>
  );
}
