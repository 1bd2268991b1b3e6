import { createRequire } from 'node:module';
import { Limits } from '@associa/contracts';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from './errors';

const require = createRequire(import.meta.url);
let factory: ZxcvbnFactory | null = null;

// Built once, on the first password set: the dictionaries take ~13 MB of heap, which a server
// that only signs people in never needs (issue 15). The packages are CommonJS, so this stays synchronous.
function zxcvbn(): ZxcvbnFactory {
  if (!factory) {
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    const english = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
    factory = new Factory({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
  }
  return factory;
}

/** The lowest zxcvbn score (0-4) a new password needs: 3 is "safely unguessable" for online attacks. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Why a new password is refused, or null when it is fine. One policy on every path (invitation,
 * reset, change, CLI): the length bounds, then the estimator, which knows the commonest passwords,
 * keyboard walks and dates, and is told the person's own name and address.
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < Limits.minPasswordLength) return `Use at least ${Limits.minPasswordLength} characters.`;
  if (password.length > Limits.maxPasswordLength) return `Use at most ${Limits.maxPasswordLength} characters.`;
  const inputs = personal.flatMap((p) => [p, p.replace(/\s+/g, ''), ...p.split(/[@.\s]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
  return `This password is too easy to guess${hint ? `: ${hint.replace(/\.$/, '')}` : ''}. Try a longer phrase of unrelated words.`;
}

/** Throws 400 WEAK_PASSWORD at the request field when `passwordProblem` finds one. */
export function assertStrongPassword(password: string, { field, personal = [] }: { field: string; personal?: string[] }): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new AppError(400, 'VALIDATION_FAILED', 'The new password does not meet the password policy.', [{ path: field, code: 'WEAK_PASSWORD', message: problem }]);
}
