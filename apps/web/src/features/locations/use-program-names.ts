import type { ProgramCode } from '@associa/contracts';
import { useCatalogNames } from '../catalog/use-catalog-names';

/** Program names from the catalogue in the UI language; falls back to the code while it loads or if it fails. */
export function useProgramNames(): (code: ProgramCode) => string {
  return useCatalogNames().program;
}
