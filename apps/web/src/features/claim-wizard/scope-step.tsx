import type { SolutionArea } from '@associa/contracts';
import { Badge, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { effectiveActivities } from './claim-form-values';
import { fieldId } from './field-labels';
import { useWizard } from './wizard-context';

/** Step 2: solution area and activity; Business Applications chooses usage and/or pre-sales, or revenue alone. */
export function ScopeStep() {
  const { t } = useTranslation();
  const { form, catalog, field, errorFor, clearProblems } = useWizard();
  const names = useCatalogNames();
  const values = form.getValues();
  const isBusinessApplications = values.solutionArea === 'BUSINESS_APPLICATIONS';
  const activities = effectiveActivities(values);
  const programs = [
    ...new Set(
      catalog.programRules
        .filter((rule) => rule.solutionArea === values.solutionArea && activities.includes(rule.activity))
        .map((rule) => rule.programCode),
    ),
  ];

  const chooseArea = (area: string) => {
    form.setFieldValue('solutionArea', area as SolutionArea);
    // Products of the other area can't stay on the claim.
    const products = new Set(catalog.products.filter((p) => p.solutionArea === area).map((p) => p.code));
    form.setFieldValue('lines', values.lines.filter((line) => products.has(line.productCode)));
    clearProblems('solutionArea', 'activities', 'lines');
  };

  return (
    <Stack maw={640} gap="lg">
      <Radio.Group
        label={t('wizard.fields.solutionArea')}
        required
        value={values.solutionArea}
        onChange={chooseArea}
        error={errorFor('solutionArea')}
        id={fieldId('solutionArea')}
      >
        <Stack gap="xs" mt="xs">
          {catalog.solutionAreas.map((area) => (
            <Radio key={area.code} value={area.code} label={names.solutionArea(area.code)} />
          ))}
        </Stack>
      </Radio.Group>

      {isBusinessApplications && (
        <Radio.Group
          label={t('wizard.fields.activityMode')}
          description={t('wizard.fields.activityModeDescription')}
          required
          {...field('activityMode')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="USAGE_PRESALES" label={t('wizard.fields.usageOrPresales')} />
            <Radio value="REVENUE" label={names.activity('REVENUE')} />
          </Stack>
        </Radio.Group>
      )}

      {values.solutionArea !== '' && (!isBusinessApplications || values.activityMode === 'USAGE_PRESALES') && (
        <Checkbox.Group
          label={t('wizard.fields.activities')}
          description={t('wizard.fields.activitiesDescription')}
          required
          {...field('activities')}
        >
          <Stack gap="xs" mt="xs">
            <Checkbox value="USAGE" label={names.activity('USAGE')} />
            <Checkbox value="PRE_SALES" label={names.activity('PRE_SALES')} />
          </Stack>
        </Checkbox.Group>
      )}
      {values.activityMode === 'REVENUE' && isBusinessApplications && errorFor('activities') && (
        <Text c="red.9" size="sm" role="alert">
          {errorFor('activities')}
        </Text>
      )}

      <Group gap="xs" aria-live="polite" mih={26}>
        {programs.length > 0 && (
          <>
            <Text size="sm">{t('wizard.earnsUnder')}</Text>
            {programs.map((code) => (
              <Badge key={code} variant="light" color="blue" tt="none">
                {names.program(code)}
              </Badge>
            ))}
          </>
        )}
      </Group>
    </Stack>
  );
}
