import { CommentsStep } from './comments-step';
import { ContactsStep } from './contacts-step';
import { CustomerStep } from './customer-step';
import { DetailsStep } from './details-step';
import { DocumentsStep } from './documents-step';
import { ProductsStep } from './products-step';
import { ScopeStep } from './scope-step';

const STEPS = [CustomerStep, ScopeStep, DetailsStep, ProductsStep, ContactsStep, DocumentsStep, CommentsStep];

/** The fields of one wizard step. */
export function StepContent({ step }: { step: number }) {
  const Step = STEPS[step] ?? CustomerStep;
  return <Step />;
}
