import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWizard } from './wizard-context';

function ContactFields({ group, withTitle }: { group: 'customerContact' | 'customerTechnicalContact' | 'partnerContact'; withTitle: boolean }) {
  const { t } = useTranslation();
  const { field } = useWizard();
  return (
    <SimpleGrid cols={{ base: 1, sm: withTitle ? 3 : 2 }}>
      <TextInput label={t('wizard.fields.contactName')} required autoComplete="off" maxLength={200} {...field(`${group}.name`)} />
      {withTitle && <TextInput label={t('wizard.fields.contactTitle')} required autoComplete="off" maxLength={200} {...field(`${group}.title`)} />}
      <TextInput
        label={t('wizard.fields.contactEmail')}
        type="email"
        required
        autoComplete="off"
        maxLength={254}
        {...field(`${group}.email`)}
      />
    </SimpleGrid>
  );
}

/** Step 5: the customer's contact, the customer's technical contact (Business Applications) and the partner's own. */
export function ContactsStep() {
  const { t } = useTranslation();
  const { form } = useWizard();
  const isBusinessApplications = form.getValues().solutionArea === 'BUSINESS_APPLICATIONS';
  return (
    <Stack maw={880}>
      <Text size="sm" fw={500}>
        {t('wizard.allFieldsRequired')}
      </Text>
      <Fieldset legend={t('wizard.customerContact')}>
        <ContactFields group="customerContact" withTitle />
      </Fieldset>
      {isBusinessApplications && (
        <Fieldset legend={t('wizard.customerTechnicalContact')}>
          <ContactFields group="customerTechnicalContact" withTitle />
        </Fieldset>
      )}
      <Fieldset legend={t('wizard.partnerContact')}>
        <ContactFields group="partnerContact" withTitle={false} />
      </Fieldset>
    </Stack>
  );
}
