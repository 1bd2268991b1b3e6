const key = (claimId: string) => `associa.claimWizard.step.${claimId}`;

/** Remembers the step a draft was left at in this browser, so reopening it can continue there. */
export function rememberWizardStep(claimId: string, step: number): void {
  try {
    localStorage.setItem(key(claimId), String(step));
  } catch {
    // Storage can be full or blocked; reopening then starts at the first problem, which is fine.
  }
}

/** The step a draft was left at in this browser, or null. */
export function recallWizardStep(claimId: string): number | null {
  try {
    const value = localStorage.getItem(key(claimId));
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  } catch {
    return null;
  }
}

/** Forgets the step once the draft is submitted or deleted. */
export function forgetWizardStep(claimId: string): void {
  try {
    localStorage.removeItem(key(claimId));
  } catch {
    // See rememberWizardStep.
  }
}
