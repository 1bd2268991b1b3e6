import { Alert, Button, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { fieldId } from './field-labels';
import { SubscriptionChoice } from './subscription-choice';
import { useSubscriptionCandidates } from './use-subscription-candidates';
import { useWizard } from './wizard-context';

/** Step 4: products of the chosen solution area, and a subscription for each line where the customer has several. */
export function ProductsStep() {
  const { t } = useTranslation();
  const { form, catalog, errorFor, clearProblems } = useWizard();
  const names = useCatalogNames();
  const values = form.getValues();
  const { candidatesFor, isChecking } = useSubscriptionCandidates(values);
  const products = catalog.products.filter((product) => product.solutionArea === values.solutionArea);

  if (!values.solutionArea) return <Alert color="yellow">{t('wizard.chooseAreaFirst')}</Alert>;

  const choose = (codes: string[]) => {
    const existing = new Map(values.lines.map((line) => [line.productCode, line]));
    form.setFieldValue('lines', codes.map((code) => existing.get(code) ?? { productCode: code, subscriptionId: '' }));
    clearProblems('lines');
  };

  return (
    <Stack maw={720}>
      <MultiSelect
        id={fieldId('lines')}
        label={t('wizard.fields.products')}
        description={t('wizard.fields.productsDescription', { area: names.solutionArea(values.solutionArea) })}
        required
        searchable
        hidePickedOptions
        data={products.map((product) => ({ value: product.code, label: product.name }))}
        value={values.lines.map((line) => line.productCode)}
        onChange={choose}
        error={errorFor('lines')}
        nothingFoundMessage={t('wizard.noProductFound')}
        clearable
        clearButtonProps={{ 'aria-label': t('wizard.clearProducts') }}
      />
      <Text size="sm" role="status">
        {isChecking ? t('wizard.checkingSubscriptions') : ''}
      </Text>
      {values.lines.map((line, index) => {
        const candidates = candidatesFor(line.productCode);
        const lineError = errorFor(`lines.${index}`);
        const subscriptionError = errorFor(`lines.${index}.subscriptionId`);
        if (!candidates && !lineError && !subscriptionError) return null;
        const productName = names.product(line.productCode);
        return (
          <Paper key={line.productCode} withBorder p="md" radius="md" component="section" aria-labelledby={`line-${index}-title`}>
            <Stack gap="sm">
              <Title order={3} size="h5" id={`line-${index}-title`}>
                {productName}
              </Title>
              {lineError && (
                <Text c="red.9" size="sm" id={fieldId(`lines.${index}`)}>
                  {lineError}
                </Text>
              )}
              {candidates ? (
                <SubscriptionChoice index={index} productName={productName} candidates={candidates} />
              ) : (
                subscriptionError && (
                  <Stack gap="xs" align="flex-start">
                    <Text c="red.9" size="sm" id={fieldId(`lines.${index}.subscriptionId`)}>
                      {subscriptionError}
                    </Text>
                    {line.subscriptionId && (
                      <Button variant="default" size="xs" onClick={() => form.setFieldValue(`lines.${index}.subscriptionId`, '')}>
                        {t('wizard.clearSubscription')}
                      </Button>
                    )}
                  </Stack>
                )
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
