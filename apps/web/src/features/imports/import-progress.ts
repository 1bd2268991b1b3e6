import type { ImportStatus } from '@associa/contracts';

/** True once the worker is done with an import, either way; polling stops then. */
export function isImportFinished(status: ImportStatus): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}

/** How far along something is, in whole percent (0 to 100); an empty total counts as done once finished. */
export function percentOf(done: number, total: number, isFinished = false): number {
  if (total <= 0) return isFinished ? 100 : 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}
