import 'i18next';
import type en from './en.json';

// Module augmentation needs `interface`; it makes every t('key') checked against en.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
