/** Language state for the UI: provider, `useI18n()` hook, and sync of <html lang>. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type Lang, type Messages } from './messages.ts';

export interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initial = 'de', children }: { initial?: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  // Keep the document language in step so assistive tech pronounces the text correctly.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({ lang, t: MESSAGES[lang], setLang, toggleLang: () => setLang((l) => (l === 'de' ? 'en' : 'de')) }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n() must be used inside <I18nProvider>');
  return ctx;
}
