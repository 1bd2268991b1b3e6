import { Fieldset, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRevenueClaim } from './claim-form-values';
import { useWizard } from './wizard-context';

/** Step 3: the claim's name, and for a revenue association the seller, customer and ISV solution names. */
export function DetailsStep() {
  const { t } = useTranslation();
  const { form, field } = useWizard();
  return (
    <Stack maw={560}>
      <TextInput label={t('wizard.fields.name')} description={t('wizard.fields.nameDescription')} required maxLength={200} {...field('name')} />
      {isRevenueClaim(form.getValues()) && (
        <Fieldset legend={t('claim.revenueTitle')}>
          <Stack>
            <TextInput label={t('wizard.fields.sellerName')} required maxLength={200} {...field('revenue.sellerName')} />
            <TextInput label={t('wizard.fields.revenueCustomerName')} required maxLength={200} {...field('revenue.customerName')} />
            <TextInput label={t('wizard.fields.isvSolutionName')} required maxLength={200} {...field('revenue.isvSolutionName')} />
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
