import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from './country-codes';

/** A searchable country picker in the UI language; its value is the ISO code the contracts take. */
export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const data = useMemo(() => countryOptions(language), [language]);
  return <Select label={t('forms.country')} searchable data={data} nothingFoundMessage={t('forms.noCountry')} {...props} />;
}
