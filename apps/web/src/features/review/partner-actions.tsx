import type { Claim } from '@associa/contracts';
import { ClaimSection } from '../claims/claim-section';
import { useTranslation } from 'react-i18next';
import { DisputeForm } from './dispute-form';
import { RespondForm } from './respond-form';

/** The partner's forms the claim allows now: respond to an information request, or dispute a rejection. */
export function PartnerActions({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <>
      {claim.allowedActions.includes('respond') && (
        <ClaimSection title={t('review.respond.title')}>
          <RespondForm claim={claim} />
        </ClaimSection>
      )}
      {claim.allowedActions.includes('dispute') && (
        <ClaimSection title={t('review.dispute.title')}>
          <DisputeForm claim={claim} />
        </ClaimSection>
      )}
    </>
  );
}
