import type { CatalogResponse, Claim, Location } from '@associa/contracts';
import { Alert, Box, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { Problem } from '../catalog/use-problem-message';
import { useErrorMessage } from '../shell/use-error-message';
import { fieldId } from './field-labels';
import { ProblemSummary } from './problem-summary';
import { StepContent } from './step-content';
import { useClaimWizard } from './use-claim-wizard';
import { WizardActions } from './wizard-actions';
import { WizardProvider, type WizardContextValue } from './wizard-context';
import { LAST_STEP, WIZARD_STEPS, stepOfPath } from './wizard-steps';

/** The create wizard in the seed's order; a new claim becomes a draft on "Continue" from the first step. */
export function ClaimWizard(props: {
  claim: Claim | null;
  catalog: CatalogResponse;
  locations: Location[];
  initialStep: number;
  initialProblems: Problem[];
  onStepChange: (step: number) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const names = useCatalogNames();
  const { claim, onStepChange } = props;
  const wizard = useClaimWizard({
    claim,
    initialStep: props.initialStep,
    initialProblems: props.initialProblems,
    defaultLocationId: props.locations.length === 1 ? (props.locations[0]?.id ?? '') : '',
  });
  const { form, step, problems, mutation } = wizard;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  useEffect(() => onStepChange(step), [step, onStepChange]);
  useEffect(() => {
    const request = wizard.focusRequest;
    if (!request) return;
    // After a step change, reading continues at the new step's title; after problems, at the first field in error.
    const invalid = contentRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (request.kind === 'problem' && invalid) invalid.focus();
    else if (request.kind === 'problem' && summaryRef.current) summaryRef.current.focus();
    else headingRef.current?.focus();
  }, [wizard.focusRequest]);

  const context: WizardContextValue = {
    form,
    claim,
    catalog: props.catalog,
    locations: props.locations,
    problems: problems.problems,
    errorFor: problems.errorFor,
    clearProblems: problems.clearProblems,
    field: (path, options) => {
      const inputProps = form.getInputProps(path, options);
      return {
        ...inputProps,
        id: fieldId(path),
        error: problems.errorFor(path),
        onChange: (value: unknown) => {
          inputProps.onChange(value);
          problems.clearProblems(path);
        },
        onBlur: (event: unknown) => {
          inputProps.onBlur?.(event);
          wizard.checkField(path);
        },
      };
    },
  };

  const stepProblems = wizard.isSummaryShown ? problems.problems.filter((problem) => (stepOfPath(problem.path) ?? step) === step) : [];
  const pending = mutation.isPending ? mutation.variables : null;
  const key = WIZARD_STEPS[step] ?? 'customer';
  const run = (action: 'continue' | 'save' | 'submit') => mutation.mutate(action);

  return (
    <WizardProvider value={context}>
      <Stack gap="lg">
        <Box component="nav" aria-label={t('wizard.stepsLabel')}>
          <Stepper
            active={step}
            onStepClick={claim ? (next) => (mutation.reset(), wizard.goTo(next)) : undefined}
            allowNextStepsSelect={claim !== null}
            size="sm"
            iconSize={30}
            // Seven steps fit on one line at laptop widths with narrower gaps; smaller screens wrap.
            styles={{ separator: { marginInline: 6, minWidth: 12 }, stepBody: { marginInlineStart: 8 } }}
          >
            {WIZARD_STEPS.map((stepKey, index) => (
              <Stepper.Step key={stepKey} label={t(`wizard.steps.${stepKey}.label`)} aria-current={index === step ? 'step' : undefined} />
            ))}
          </Stepper>
        </Box>
        <Box ref={contentRef} component="section" aria-labelledby="wizard-step-title">
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('wizard.stepOf', { step: step + 1, total: WIZARD_STEPS.length })}
              </Text>
              <Title order={2} id="wizard-step-title" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
                {t(`wizard.steps.${key}.title`)}
              </Title>
              <Text maw={720}>{t(`wizard.steps.${key}.intro`)}</Text>
            </Stack>
            <ProblemSummary
              ref={summaryRef}
              problems={stepProblems}
              productOfLine={(index) => {
                const code = form.getValues().lines[index]?.productCode;
                return code ? names.product(code) : undefined;
              }}
            />
            {wizard.actionError != null && (
              <Alert color="red" role="alert" title={t('common.errorTitle')}>
                {errorMessage(wizard.actionError)}
              </Alert>
            )}
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (step < LAST_STEP && !mutation.isPending) run('continue');
              }}
            >
              <StepContent step={step} />
              <WizardActions
                isFirst={step === 0}
                isLast={step === LAST_STEP}
                pending={pending ?? null}
                canSubmit={claim?.allowedActions.includes('submit') ?? false}
                onBack={() => (mutation.reset(), wizard.goTo(step - 1))}
                onSave={() => run('save')}
                onSubmit={() => run('submit')}
              />
            </form>
          </Stack>
        </Box>
      </Stack>
    </WizardProvider>
  );
}
