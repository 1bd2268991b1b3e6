import {
  ClaimCommentsStepSchema,
  ClaimContactsStepSchema,
  ClaimCustomerStepSchema,
  ClaimDetailsStepSchema,
  ClaimProductsStepSchema,
  ClaimScopeStepSchema,
  claimCrossFieldProblems,
} from '@associa/contracts';
import type { z } from 'zod';
import type { Problem } from '../catalog/use-problem-message';
import { issuesToProblems } from '../forms/issues-to-problems';
import { effectiveActivities, isRevenueClaim, type ClaimFormValues } from './claim-form-values';
import { stepOfPath } from './wizard-steps';

const blank = (value: string) => (value.trim() === '' ? undefined : value);
const group = <T extends Record<string, string>>(values: T) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, blank(value)])) as { [K in keyof T]: string | undefined };
const anyFilled = (values: Record<string, string>) => Object.values(values).some((value) => value.trim() !== '');

/** What each step's contract schema checks, built from the form with blanks as missing values. */
function stepInput(step: number, values: ClaimFormValues): { schema: z.ZodType; input: Record<string, unknown> } | null {
  const isBusinessApplications = values.solutionArea === 'BUSINESS_APPLICATIONS';
  switch (step) {
    case 0:
      return { schema: ClaimCustomerStepSchema, input: { locationId: blank(values.locationId), customer: group(values.customer) } };
    case 1:
      return { schema: ClaimScopeStepSchema, input: { solutionArea: blank(values.solutionArea), activities: effectiveActivities(values) } };
    case 2:
      return {
        schema: ClaimDetailsStepSchema,
        input: { name: blank(values.name), revenue: isRevenueClaim(values) ? group(values.revenue) : undefined },
      };
    case 3:
      return {
        schema: ClaimProductsStepSchema,
        input: { lines: values.lines.map((line) => ({ productCode: line.productCode, subscriptionId: blank(line.subscriptionId) })) },
      };
    case 4:
      return {
        schema: ClaimContactsStepSchema,
        input: {
          customerContact: group(values.customerContact),
          customerTechnicalContact: isBusinessApplications ? group(values.customerTechnicalContact) : undefined,
          partnerContact: group(values.partnerContact),
        },
      };
    case 6:
      return { schema: ClaimCommentsStepSchema, input: { comments: blank(values.comments) } };
    default:
      return null;
  }
}

/**
 * The problems the contract finds in one step before anything is sent: its step schema and the
 * cross-field rules about its fields. Documents are counted on the PoE step.
 */
export function clientStepProblems(step: number, values: ClaimFormValues, documentCount: number): Problem[] {
  if (step === 5) {
    return documentCount > 0 ? [] : [{ path: 'documents', code: 'POE_MISSING', message: 'Attach at least one proof of execution document.' }];
  }
  const checked = stepInput(step, values);
  if (!checked) return [];
  const parsed = checked.schema.safeParse(checked.input);
  const problems = parsed.success ? [] : issuesToProblems(parsed.error.issues, checked.input);
  const isBusinessApplications = values.solutionArea === 'BUSINESS_APPLICATIONS';
  const crossField = claimCrossFieldProblems({
    solutionArea: values.solutionArea || undefined,
    activities: effectiveActivities(values),
    revenue: isRevenueClaim(values) && anyFilled(values.revenue) ? values.revenue : undefined,
    customerTechnicalContact: isBusinessApplications && anyFilled(values.customerTechnicalContact) ? values.customerTechnicalContact : undefined,
    lines: values.lines,
  });
  const known = new Set(problems.map((problem) => problem.path.split('.')[0]));
  // A group the schema already reported field by field needs no second "required" for the whole group.
  problems.push(...crossField.filter((problem) => stepOfPath(problem.path) === step && !known.has(problem.path)));
  return problems;
}
