import type { Problem } from '../catalog/use-problem-message';

/** The wizard's steps in the seed's order; their index is the step number in the Stepper and the URL. */
export const WIZARD_STEPS = ['customer', 'scope', 'details', 'products', 'contacts', 'documents', 'comments'] as const;
/** A step by name, as its texts are keyed in the translations. */
export type WizardStepKey = (typeof WIZARD_STEPS)[number];

/** Index of the last step, where the claim is submitted. */
export const LAST_STEP = WIZARD_STEPS.length - 1;

const STEP_OF_FIELD: Record<string, number> = {
  locationId: 0,
  customer: 0,
  solutionArea: 1,
  activities: 1,
  program: 1,
  name: 2,
  revenue: 2,
  lines: 3,
  customerContact: 4,
  customerTechnicalContact: 4,
  partnerContact: 4,
  documents: 5,
  comments: 6,
};

const CHILD_FIELDS: Record<string, string[]> = {
  customer: ['customer.domain', 'customer.tenantId'],
  revenue: ['revenue.sellerName', 'revenue.customerName', 'revenue.isvSolutionName'],
  customerContact: ['customerContact.name', 'customerContact.title', 'customerContact.email'],
  customerTechnicalContact: ['customerTechnicalContact.name', 'customerTechnicalContact.title', 'customerTechnicalContact.email'],
  partnerContact: ['partnerContact.name', 'partnerContact.email'],
};

/** The step whose fields a problem's path is about, or null for a problem about the whole claim. */
export function stepOfPath(path: string): number | null {
  return STEP_OF_FIELD[path.split('.')[0] ?? ''] ?? null;
}

/**
 * The wizard fields a problem is shown at: a missing group at each of its inputs, a line's product
 * problem on that line, a program problem at the activities; anything else at its own path.
 */
export function fieldKeysOf(path: string): string[] {
  const children = CHILD_FIELDS[path];
  if (children) return children;
  if (path === 'program') return ['activities'];
  const line = /^lines\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (line) return line[2] === 'subscriptionId' ? [path] : [`lines.${line[1]}`];
  return [path];
}

/** The first step that has a problem, or null when there is none on any step. */
export function firstStepWithProblem(problems: readonly Problem[]): number | null {
  const steps = problems.map((problem) => stepOfPath(problem.path)).filter((step): step is number => step !== null);
  return steps.length ? Math.min(...steps) : null;
}

/** Where a reopened draft starts: at its first problem, else where it was left, else at the submit step. */
export function reopenStep(problems: readonly Problem[], leftAt: number | null): number {
  const first = firstStepWithProblem(problems);
  if (first !== null) return first;
  return leftAt !== null && leftAt >= 0 && leftAt <= LAST_STEP ? leftAt : LAST_STEP;
}

/** A step number from the URL, or null when it is missing or out of range. */
export function parseStep(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const step = Number(value);
  return step <= LAST_STEP ? step : null;
}
