import type { Claim, CreateClaimRequest, UpdateClaimRequest } from '@associa/contracts';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/api-error';
import { createClaim, submitClaim, updateClaim, validateClaimBody, validateSavedClaim } from '../../api/claims-api';
import { IdempotencyKeys } from '../../api/idempotency-key';
import { queryKeys } from '../../api/query-keys';
import type { Problem } from '../catalog/use-problem-message';
import { changedDraftFields, claimToFormValues, emptyClaimFormValues, formValuesToDraft, type ClaimFormValues } from './claim-form-values';
import { clientStepProblems } from './step-problems';
import { useWizardProblems } from './use-wizard-problems';
import { forgetWizardStep, rememberWizardStep } from './wizard-step-memory';
import { LAST_STEP, fieldKeysOf, firstStepWithProblem, stepOfPath } from './wizard-steps';
import { useNotify } from '../shell/use-notify';

type WizardAction = 'continue' | 'save' | 'submit';

const withoutNulls = (draft: UpdateClaimRequest) => Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== null && v !== undefined));
/** Problems on this step or an earlier one: those stop "Continue"; later steps' gaps are expected in a draft. */
const blockingUpTo = (problems: Problem[], step: number) => problems.filter((p) => (stepOfPath(p.path) ?? LAST_STEP) <= step);

/**
 * The wizard's state and actions: one form over all steps; "Continue" checks the step with its
 * contract schema, saves only what changed (creating the draft on the first step), then asks the
 * server to validate the saved draft and stops at the first step with a problem.
 */
export function useClaimWizard(input: { claim: Claim | null; initialStep: number; initialProblems: Problem[]; defaultLocationId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { claim } = input;
  const form = useForm<ClaimFormValues>({
    mode: 'controlled',
    initialValues: claim ? claimToFormValues(claim) : emptyClaimFormValues(input.defaultLocationId),
  });
  const [step, setStepState] = useState(input.initialStep);
  const problems = useWizardProblems(input.initialProblems);
  // A draft opened (or just created) starts reading at its step, or at its first problem; a new claim at the page's top.
  const [focusRequest, setFocusRequest] = useState<{ kind: 'step' | 'problem'; at: number } | null>(
    claim ? { kind: input.initialProblems.length ? 'problem' : 'step', at: 0 } : null,
  );
  const saved = useRef<UpdateClaimRequest | null>(claim ? formValuesToDraft(claimToFormValues(claim)) : null);
  const createKeys = useRef(new IdempotencyKeys());
  const submitKeys = useRef(new IdempotencyKeys());
  const documentCount = claim?.documents.length ?? 0;

  // The summary at a step's top lists what an action (continue, save, submit) found; checks while typing show at the field only.
  const [isSummaryShown, setIsSummaryShown] = useState(input.initialProblems.length > 0);
  const goTo = (next: number) => {
    setStepState(next);
    setIsSummaryShown(false);
    if (claim) rememberWizardStep(claim.id, next);
    setFocusRequest({ kind: 'step', at: Date.now() });
  };
  const show = (found: Problem[], at?: number) => {
    if (at !== undefined && at !== step) goTo(at);
    problems.setProblems(found);
    setIsSummaryShown(true);
    setFocusRequest({ kind: 'problem', at: Date.now() });
  };

  async function create(): Promise<Claim> {
    const body = withoutNulls(formValuesToDraft(form.getValues())) as CreateClaimRequest;
    try {
      const created = await createClaim(body, createKeys.current.keyFor(body));
      createKeys.current.settle();
      saved.current = formValuesToDraft(form.getValues());
      queryClient.setQueryData(queryKeys.claim(created.id), created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.claims });
      return created;
    } catch (error) {
      createKeys.current.settle(error);
      throw error;
    }
  }

  async function save(current: Claim): Promise<void> {
    const draft = formValuesToDraft(form.getValues());
    const changed = changedDraftFields(saved.current ?? {}, draft);
    if (Object.keys(changed).length === 0) return;
    const updated = await updateClaim(current.id, changed);
    saved.current = draft;
    queryClient.setQueryData(queryKeys.claim(current.id), updated);
    void queryClient.invalidateQueries({ queryKey: queryKeys.claimHistory(current.id) });
    void queryClient.invalidateQueries({ queryKey: [...queryKeys.claims, 'list'] });
  }

  async function continueFrom(): Promise<void> {
    const local = clientStepProblems(step, form.getValues(), documentCount);
    if (local.length) return show(local);
    if (!claim) {
      // The first step checks the customer with a dry run, so a mistyped tenant doesn't leave a draft behind.
      const dryRun = await validateClaimBody(formValuesToDraft(form.getValues()));
      const blocking = blockingUpTo(dryRun.problems, 0);
      if (blocking.length) return show(blocking);
      const created = await create();
      rememberWizardStep(created.id, 1);
      await navigate(`/claims/${created.id}/edit?step=1`, { replace: true });
      return;
    }
    await save(claim);
    const result = await validateSavedClaim(claim.id);
    const blocking = blockingUpTo(result.problems, step);
    if (blocking.length) return show(blocking, firstStepWithProblem(blocking) ?? step);
    problems.setProblems([]);
    goTo(Math.min(step + 1, LAST_STEP));
  }

  async function saveDraft(): Promise<void> {
    if (!claim) {
      if (!form.getValues().locationId) return show([{ path: 'locationId', code: 'REQUIRED', message: 'Required.' }]);
      const created = await create();
      rememberWizardStep(created.id, 0);
      notify({ color: 'green', message: t('wizard.draftSaved') });
      await navigate(`/claims/${created.id}/edit?step=0`, { replace: true });
      return;
    }
    await save(claim);
    notify({ color: 'green', message: t('wizard.draftSaved') });
  }

  async function submit(): Promise<void> {
    if (!claim) return;
    const local = clientStepProblems(step, form.getValues(), documentCount);
    if (local.length) return show(local);
    await save(claim);
    try {
      const submitted = await submitClaim(claim.id, submitKeys.current.keyFor({ claimId: claim.id }));
      submitKeys.current.settle();
      queryClient.setQueryData(queryKeys.claim(claim.id), submitted);
      void queryClient.invalidateQueries({ queryKey: queryKeys.claims });
      forgetWizardStep(claim.id);
      notify({ color: 'green', message: t('wizard.submitted') });
      await navigate(`/claims/${claim.id}`, { replace: true });
    } catch (error) {
      submitKeys.current.settle(error);
      throw error;
    }
  }

  const mutation = useMutation({
    mutationFn: (action: WizardAction) => (action === 'continue' ? continueFrom() : action === 'save' ? saveDraft() : submit()),
    onError: (error) => {
      // A refusal that names fields (422 on submit or save) is shown at those fields, like any other problem.
      if (error instanceof ApiError && error.details.length) show(error.details, firstStepWithProblem(error.details) ?? step);
      if (error instanceof ApiError && error.status === 409 && claim) void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claim.id) });
    },
  });
  const actionError = mutation.error instanceof ApiError && mutation.error.details.length ? null : mutation.error;

  /** Checks one field against its step's contract schema as it is left, once it holds a value. */
  const checkField = (path: string) => {
    const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], form.getValues());
    if (typeof value !== 'string' || value.trim() === '') return;
    const found = clientStepProblems(step, form.getValues(), documentCount).filter((p) => fieldKeysOf(p.path).includes(path));
    problems.addProblems(found);
  };

  return { form, step, goTo, problems, isSummaryShown, checkField, focusRequest, mutation, actionError, documentCount };
}
