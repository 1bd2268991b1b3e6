import type { ProgramCode } from '@associa/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getCatalog } from '../../api/catalog-api';
import { queryKeys } from '../../api/query-keys';
import { currentLanguage } from '../../i18n/i18n';

/** Program names from the catalogue in the UI language; falls back to the code while it loads or if it fails. */
export function useProgramNames(): (code: ProgramCode) => string {
  useTranslation(); // re-render when the language changes
  const catalog = useQuery({
    queryKey: queryKeys.catalog,
    queryFn: ({ signal }) => getCatalog(signal),
    staleTime: 60 * 60_000,
  });
  const language = currentLanguage();
  return (code) => catalog.data?.programs.find((program) => program.code === code)?.name[language] ?? code;
}
