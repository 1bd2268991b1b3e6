import type { Partner, PartnerLocation } from '@associa/contracts';
import { Button } from '@mantine/core';
import { IconMapPinOff, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListView } from '../list-page/list-view';
import { PageSection } from '../shell/page-section';
import { LocationFormModal } from './location-form-modal';
import { partnerQuery } from './partner-query';
import { useLocationColumns } from './use-location-columns';

/** A partner's locations with their MPN IDs and enrolments, each editable, and a new one to add. */
export function PartnerLocationsSection({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const locations = useQuery({ ...partnerQuery(partner.id), select: (p) => ({ items: p.locations }) });
  const columns = useLocationColumns();
  const [editing, setEditing] = useState<{ location: PartnerLocation | null } | null>(null);
  return (
    <PageSection
      title={t('partners.locationsTitle')}
      action={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ location: null })}>
          {t('partners.addLocation')}
        </Button>
      }
    >
      <ListView
        query={locations}
        columns={columns}
        caption="partners.locationsCaption"
        minWidth={760}
        testId="partner-locations"
        empty={{ icon: <IconMapPinOff aria-hidden />, title: 'partners.noLocations', text: 'partners.noLocationsText' }}
        rowActions={(location) => (
          <Button size="xs" variant="default" onClick={() => setEditing({ location })} aria-label={t('partners.editLocationAria', { mpnId: location.mpnId })}>
            {t('partners.edit')}
          </Button>
        )}
      />
      <LocationFormModal partner={partner} location={editing?.location ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
    </PageSection>
  );
}
