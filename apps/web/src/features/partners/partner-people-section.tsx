import type { Partner } from '@associa/contracts';
import { Anchor, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListView } from '../list-page/list-view';
import { InviteModal } from '../people/invite-modal';
import { PageSection } from '../shell/page-section';
import { partnerQuery } from './partner-query';
import { useMemberColumns } from './use-member-columns';

/** A partner's people, an invitation into the partner, and the way to the users page for their roles and access. */
export function PartnerPeopleSection({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const members = useQuery({ ...partnerQuery(partner.id), select: (p) => ({ items: p.users }) });
  const columns = useMemberColumns();
  const [isInviteOpen, inviteModal] = useDisclosure(false);
  return (
    <PageSection
      title={t('partners.usersTitle')}
      action={
        <Group gap="sm">
          <Anchor component={Link} to={`/users?organisationId=${partner.id}`} size="sm">
            {t('partners.manageUsers')}
          </Anchor>
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={inviteModal.open}>
            {t('partners.inviteUser')}
          </Button>
        </Group>
      }
    >
      <ListView
        query={members}
        columns={columns}
        caption="partners.usersCaption"
        minWidth={640}
        testId="partner-users"
        empty={{ icon: <IconUsers aria-hidden />, title: 'partners.noUsers', text: 'partners.noUsersText' }}
      />
      <InviteModal opened={isInviteOpen} onClose={inviteModal.close} organisation={{ id: partner.id, name: partner.name, kind: 'PARTNER' }} />
    </PageSection>
  );
}
