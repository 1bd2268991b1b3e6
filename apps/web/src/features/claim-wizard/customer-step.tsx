import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWizard } from './wizard-context';

/** Step 1: the partner location by MPN ID, and the customer's domain and tenant ID. */
export function CustomerStep() {
  const { t } = useTranslation();
  const { locations, field } = useWizard();
  return (
    <Stack maw={560}>
      <NativeSelect
        label={t('wizard.fields.location')}
        description={t('wizard.fields.locationDescription')}
        required
        data={[
          { value: '', label: t('wizard.fields.locationPlaceholder'), disabled: true },
          ...locations.map((location) => ({ value: location.id, label: `${location.mpnId} · ${location.name}` })),
        ]}
        {...field('locationId')}
      />
      <TextInput
        label={t('wizard.fields.domain')}
        description={t('wizard.fields.domainDescription')}
        required
        autoComplete="off"
        spellCheck={false}
        {...field('customer.domain')}
      />
      <TextInput
        label={t('wizard.fields.tenantId')}
        description={t('wizard.fields.tenantIdDescription')}
        required
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...field('customer.tenantId')}
      />
    </Stack>
  );
}
