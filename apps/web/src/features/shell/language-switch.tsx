import type { Locale } from '@associa/contracts';
import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, markLanguageChosen, supportedLanguages } from '../../i18n/i18n';

/** Lets anyone pick English or Dutch; i18next remembers the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => {
        markLanguageChosen();
        void i18n.changeLanguage(event.currentTarget.value as Locale);
      }}
      data={supportedLanguages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      leftSection={<IconLanguage size={16} aria-hidden />}
      w={150}
    />
  );
}
