import type { Activity, ProgramCode, SolutionArea } from '@associa/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { useCatalog } from './use-catalog';

/** Names from the catalogue in the UI language; each falls back to the code while it loads or if it fails. */
export function useCatalogNames() {
  useTranslation(); // re-render when the language changes
  const { data: catalog } = useCatalog();
  const language = currentLanguage();
  return {
    solutionArea: (code: SolutionArea | string) => catalog?.solutionAreas.find((area) => area.code === code)?.name[language] ?? code,
    activity: (code: Activity | string) => catalog?.activities.find((activity) => activity.code === code)?.name[language] ?? code,
    program: (code: ProgramCode | string) => catalog?.programs.find((program) => program.code === code)?.name[language] ?? code,
    product: (code: string) => catalog?.products.find((product) => product.code === code)?.name ?? code,
    /** A reason code's message, or undefined for codes the catalogue doesn't publish. */
    reason: (code: string): string | undefined => catalog?.reasonCodes.find((reason) => reason.code === code)?.message[language],
  };
}
