import type { MeResponse } from '@associa/contracts';
import { useTranslation } from 'react-i18next';
import { usePartnerOptions } from '../partners/use-partner-options';
import { OrganisationSelect } from './organisation-select';
import { inviteTargets } from './organisation-roles';

/** A list filter by organisation (the vendor or a partner), blank for all; for those who manage partners. */
export function OrganisationFilter({ me, value, onChange }: { me: MeResponse; value: string; onChange: (organisationId: string) => void }) {
  const { t } = useTranslation();
  const targets = inviteTargets(me, usePartnerOptions(true));
  return (
    <OrganisationSelect
      targets={targets}
      clearable
      clearButtonProps={{ 'aria-label': t('people.clearOrganisation') }}
      placeholder={t('people.anyOrganisation')}
      value={value || null}
      onChange={(organisationId) => onChange(organisationId ?? '')}
      w={280}
    />
  );
}
