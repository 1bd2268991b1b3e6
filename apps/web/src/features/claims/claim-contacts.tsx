import type { Claim } from '@associa/contracts';
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Contact = { name?: string; title?: string; email?: string } | null;

function ContactCard({ heading, contact }: { heading: string; contact: Contact }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text component="h3" fw={600} size="sm" m={0}>
        {heading}
      </Text>
      {contact && (contact.name || contact.email) ? (
        <>
          <Text size="sm">{[contact.name, contact.title].filter(Boolean).join(' · ')}</Text>
          {contact.email && (
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          )}
        </>
      ) : (
        <Text size="sm">{t('claim.notProvided')}</Text>
      )}
    </Stack>
  );
}

/** The customer's, the customer's technical (Business Applications) and the partner's contact. */
export function ClaimContacts({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <ContactCard heading={t('wizard.customerContact')} contact={claim.customerContact} />
      {claim.solutionArea === 'BUSINESS_APPLICATIONS' && (
        <ContactCard heading={t('wizard.customerTechnicalContact')} contact={claim.customerTechnicalContact} />
      )}
      <ContactCard heading={t('wizard.partnerContact')} contact={claim.partnerContact} />
    </SimpleGrid>
  );
}
