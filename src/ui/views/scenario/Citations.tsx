/** A citation text on screen: each source by its title (linked to its address), publisher and date, then the detail; other text as it is. */
import type { Lang } from '../../i18n/index.ts';
import { citedSources, type Cited } from './cited.ts';
import { SCENARIO_MESSAGES } from './messages.ts';

/** The citations of `text`: one inline, several as a list. Titles, publishers and details are German (`lang="de"`). */
export function Citations({ text, lang }: { text: string; lang: Lang }) {
  const cited = citedSources(text, lang);
  if (!cited) return <span lang="de">{text}</span>;
  if (cited.length === 1) return <CitationItem cited={cited[0]!} lang={lang} />;
  return (
    <ul className="scenario-citations">
      {cited.map((c, i) => (
        <li key={`${c.id}-${i}`}>
          <CitationItem cited={c} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

/** Whether `text` shows as one line (a single citation or plain text) rather than a list. */
export function isSingleCitation(text: string, lang: Lang): boolean {
  return (citedSources(text, lang)?.length ?? 1) === 1;
}

function CitationItem({ cited, lang }: { cited: Cited; lang: Lang }) {
  const detail = cited.detail !== undefined && (
    <>
      : <span lang="de">{cited.detail}</span>
    </>
  );
  if (cited.kind === 'assumption') {
    return (
      <span className="scenario-citation">
        <span className="scenario-assumption">{cited.label}</span>
        {detail}
      </span>
    );
  }
  const title = <span lang="de">{cited.title}</span>;
  return (
    <span className="scenario-citation">
      {cited.url === undefined ? (
        <cite>{title}</cite>
      ) : (
        <a href={cited.url} target="_blank" rel="noopener noreferrer">
          <cite>{title}</cite> <span className="visually-hidden">{SCENARIO_MESSAGES[lang].opensInNewTab}</span>
        </a>
      )}{' '}
      <span className="scenario-citation-origin">
        (<span lang="de">{cited.publisher}</span>
        {cited.date !== undefined && `, ${cited.date}`})
      </span>
      {detail}
    </span>
  );
}
