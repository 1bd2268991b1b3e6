import type { z } from 'zod';
import type { ImportFileProblemSchema } from '@associa/contracts';

/** A whole file refused (encoding, format, header): the import fails without looking at rows. */
export class ImportFileError extends Error {
  constructor(
    readonly code: z.infer<typeof ImportFileProblemSchema>,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
