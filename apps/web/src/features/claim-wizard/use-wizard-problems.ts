import { useState } from 'react';
import { useProblemMessage, type Problem } from '../catalog/use-problem-message';
import { fieldKeysOf } from './wizard-steps';

/** The problems the wizard shows, by the field they are shown at, translated when rendered (so a language switch follows). */
export function useWizardProblems(initial: Problem[]) {
  const [problems, setProblems] = useState<Problem[]>(initial);
  const message = useProblemMessage();

  const errorFor = (fieldKey: string): string | undefined => {
    const messages = problems.filter((problem) => fieldKeysOf(problem.path).includes(fieldKey)).map(message);
    return messages.length ? [...new Set(messages)].join(' ') : undefined;
  };

  const clearProblems = (...fieldKeys: string[]) => {
    const isCleared = (key: string) => fieldKeys.some((cleared) => key === cleared || key.startsWith(`${cleared}.`));
    setProblems((current) => {
      const kept = current.filter((problem) => !fieldKeysOf(problem.path).some(isCleared));
      return kept.length === current.length ? current : kept;
    });
  };

  /** Adds problems found while typing, keeping the ones already shown (a server's finding stays until the value changes). */
  const addProblems = (found: Problem[]) => {
    if (found.length === 0) return;
    setProblems((current) => {
      const known = new Set(current.map((problem) => `${problem.path}|${problem.code}`));
      const added = found.filter((problem) => !known.has(`${problem.path}|${problem.code}`));
      return added.length ? [...current, ...added] : current;
    });
  };

  return { problems, setProblems, addProblems, errorFor, clearProblems, message };
}
