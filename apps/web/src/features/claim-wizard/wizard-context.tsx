import type { CatalogResponse, Claim, Location } from '@associa/contracts';
import type { UseFormReturnType } from '@mantine/form';
import { createContext, useContext, type ReactNode } from 'react';
import type { Problem } from '../catalog/use-problem-message';
import type { ClaimFormValues } from './claim-form-values';

/** The wizard's one form over every step. */
export type ClaimForm = UseFormReturnType<ClaimFormValues>;

/** What every step reads: the form, the known problems by field, the saved claim and the reference data. */
export type WizardContextValue = {
  form: ClaimForm;
  claim: Claim | null;
  catalog: CatalogResponse;
  locations: Location[];
  problems: Problem[];
  /** The translated message(s) for one field, or undefined when it has none. */
  errorFor: (fieldKey: string) => string | undefined;
  /** Input props for one field, its error from the known problems, cleared when the value changes. */
  field: (path: string, options?: { type?: 'checkbox' }) => ReturnType<ClaimForm['getInputProps']>;
  /** Forgets the problems shown at these fields (and everything under them). */
  clearProblems: (...fieldKeys: string[]) => void;
};

const WizardContext = createContext<WizardContextValue | null>(null);

/** Gives the steps the wizard's state. */
export function WizardProvider({ value, children }: { value: WizardContextValue; children: ReactNode }) {
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

/** The wizard's state inside a step. */
export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard must be used inside <WizardProvider>');
  return value;
}
