import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InviteTarget } from './organisation-roles';

/** Picks the vendor or one partner (searchable, grouped by kind); for those who manage partners. */
export function OrganisationSelect({ targets, ...props }: Omit<SelectProps, 'data'> & { targets: InviteTarget[] }) {
  const { t } = useTranslation();
  const group = (kind: InviteTarget['kind']) => targets.filter((target) => target.kind === kind).map((target) => ({ value: target.id, label: target.name }));
  return (
    <Select
      label={t('people.organisation')}
      searchable
      nothingFoundMessage={t('people.noOrganisation')}
      data={[
        { group: t('people.vendorGroup'), items: group('VENDOR') },
        { group: t('people.partnersGroup'), items: group('PARTNER') },
      ].filter((entry) => entry.items.length > 0)}
      {...props}
    />
  );
}
