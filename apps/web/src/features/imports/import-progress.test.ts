import { describe, expect, it } from 'vitest';
import { isImportFinished, percentOf } from './import-progress';

describe('import progress', () => {
  it('polls until the import succeeded or failed', () => {
    expect(isImportFinished('QUEUED')).toBe(false);
    expect(isImportFinished('RUNNING')).toBe(false);
    expect(isImportFinished('SUCCEEDED')).toBe(true);
    expect(isImportFinished('FAILED')).toBe(true);
  });

  it('rounds down, so 100% means all of it', () => {
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(1200, 1000)).toBe(100);
  });

  it('shows an empty file as done only once it is finished', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(0, 0, true)).toBe(100);
  });
});
