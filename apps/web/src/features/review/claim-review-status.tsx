import type { Claim } from '@associa/contracts';
import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ContestedBadge } from './contested-badge';
import { ZonedDeadline } from './zoned-deadline';

// Mantine colours an alert's title like its icon, too light to read on the tinted background.
const TITLE_STYLES = { title: { color: 'var(--mantine-color-dark-9)' } };

/** The deadline the claim's status runs against, as a label key and moment. */
export function currentDeadline(claim: Claim): { labelKey: 'review.deadline.review' | 'review.deadline.response' | 'review.deadline.consent' | 'review.deadline.dispute'; iso: string } | null {
  const d = claim.deadlines;
  if (claim.status === 'UNDER_REVIEW' && d.reviewDueAt) return { labelKey: 'review.deadline.review', iso: d.reviewDueAt };
  if (claim.status === 'ACTION_REQUIRED' && d.responseDueAt) return { labelKey: 'review.deadline.response', iso: d.responseDueAt };
  if (claim.status === 'CUSTOMER_CONSENT' && d.consentClosesAt) return { labelKey: 'review.deadline.consent', iso: d.consentClosesAt };
  if (claim.status === 'REJECTED' && d.disputeDueAt) return { labelKey: 'review.deadline.dispute', iso: d.disputeDueAt };
  return null;
}

/** The current deadline, the reviewer, the open information request and the rejection, each in words. */
export function ClaimReviewStatus({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const deadline = currentDeadline(claim);
  const isLate = claim.status === 'UNDER_REVIEW' && claim.deadlines.isReviewLate;
  if (!deadline && !claim.contested && !claim.informationRequest && !claim.rejection && !claim.assignedReviewer) return null;

  return (
    <Stack gap="sm" data-testid="claim-review-status">
      <Group gap="sm">
        {deadline && (
          <Group gap={6} data-testid="claim-deadline">
            <IconClock size={18} aria-hidden />
            <Text size="sm" fw={600} component="span">
              {t(deadline.labelKey)}
            </Text>
            <ZonedDeadline iso={deadline.iso} customerTimeZone={claim.customerTimeZone} />
          </Group>
        )}
        {isLate && (
          <Badge color="red.9" variant="filled" tt="none">
            {t('review.late')}
          </Badge>
        )}
        {claim.contested && <ContestedBadge />}
        {claim.assignedReviewer && <Text size="sm">{t('review.assignedTo', { name: claim.assignedReviewer.name })}</Text>}
      </Group>
      {claim.status === 'ACTION_REQUIRED' && claim.informationRequest && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('review.informationRequested')} data-testid="information-request" styles={TITLE_STYLES}>
          <List size="sm" spacing={2}>
            {claim.informationRequest.reasons.map((code) => (
              <List.Item key={code}>{names.reason(code) ?? t(`review.infoReason.${code}` as 'review.infoReason.POE_MISSING', code)}</List.Item>
            ))}
          </List>
          {claim.informationRequest.message && (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {claim.informationRequest.message}
            </Text>
          )}
        </Alert>
      )}
      {claim.rejection && (claim.status === 'REJECTED' || claim.status === 'DISPUTED') && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('review.rejected')} data-testid="rejection" styles={TITLE_STYLES}>
          <Text size="sm" fw={600}>
            {names.reason(claim.rejection.reason) ?? t(`review.rejectReason.${claim.rejection.reason}` as 'review.rejectReason.CUSTOMER_DECLINED', claim.rejection.reason)}
          </Text>
          {claim.rejection.message && (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {claim.rejection.message}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
