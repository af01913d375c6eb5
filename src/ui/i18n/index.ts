/** Public surface of the i18n module. */
export { I18nProvider, useI18n, type I18n } from './I18n.tsx';
export { LANGS, MESSAGES, type Lang, type Messages } from './messages.ts';
