import type { Partner } from '@associa/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { InvitationsSection } from '../features/people/invitations-section';
import { PartnerFormModal } from '../features/partners/partner-form-modal';
import { PartnerLocationsSection } from '../features/partners/partner-locations-section';
import { PartnerPeopleSection } from '../features/partners/partner-people-section';
import { partnerQuery } from '../features/partners/partner-query';
import { PartnerStatusBadge } from '../features/partners/partner-status-badge';
import { PartnerStatusModal } from '../features/partners/partner-status-modal';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';
import { useFormatters } from '../i18n/use-formatters';

/** `/partners/:id`: one partner's name, country and status, its locations and enrolments, its people and invitations. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partner = useQuery(partnerQuery(id));
  return (
    <>
      <Anchor component={Link} to="/partners" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden />
        {t('partners.backToList')}
      </Anchor>
      {partner.isPending && <InlineLoader />}
      {partner.isError && (
        <>
          <PageHeader title={t('partners.notFoundTitle')} />
          <QueryError error={partner.error} onRetry={() => void partner.refetch()} />
        </>
      )}
      {partner.data && <PartnerContent partner={partner.data} />}
    </>
  );
}

function PartnerContent({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const { countryName, dateTime } = useFormatters();
  const [isEditOpen, editModal] = useDisclosure(false);
  const [isStatusOpen, statusModal] = useDisclosure(false);
  const isActive = partner.status === 'ACTIVE';

  return (
    <>
      <PageHeader
        title={partner.name}
        actions={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open}>
              {t('partners.edit')}
            </Button>
            <Button variant="outline" color={isActive ? 'red.9' : undefined} onClick={statusModal.open}>
              {t(isActive ? 'partners.suspend' : 'partners.reactivate')}
            </Button>
          </Group>
        }
      />
      <Group gap="lg" mb="xl" data-testid="partner-summary">
        <PartnerStatusBadge status={partner.status} />
        <Text size="sm">{partner.country ? countryName(partner.country) : '—'}</Text>
        <Text size="sm">{t('partners.createdAt', { date: dateTime(partner.createdAt) })}</Text>
      </Group>
      <Stack gap="xl">
        <PartnerLocationsSection partner={partner} />
        <PartnerPeopleSection partner={partner} />
        <InvitationsSection organisationId={partner.id} showOrganisation={false} />
      </Stack>
      <PartnerFormModal opened={isEditOpen} onClose={editModal.close} partner={partner} />
      <PartnerStatusModal opened={isStatusOpen} onClose={statusModal.close} partner={partner} />
    </>
  );
}
