/** Placeholder app shell: title, description, language toggle and data attribution. */
import { I18nProvider, useI18n } from './i18n/index.ts';

/** Attribution lines required by the data licences; identical in every language. */
const ATTRIBUTIONS = [
  '© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2019 (dl-de/by-2-0)',
  'Bundesamt für Migration und Flüchtlinge (BAMF), Asylgeschäftsstatistik; Eurostat migr_asyappctzm',
];

function Shell() {
  const { lang, t, toggleLang } = useI18n();
  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <button type="button" onClick={toggleLang} lang={lang === 'de' ? 'en' : 'de'}>
          {t.switchLang}
        </button>
      </header>
      <main>
        <p>{t.description}</p>
      </main>
      <footer>
        <h2>{t.sources}</h2>
        <ul lang="de">
          {ATTRIBUTIONS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </footer>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
