/** Citation texts as the Szenario view reads them: each cited document with its title, publisher, date and address; assumptions as a word. */
import { isSourceId, parseCitations, SOURCES } from '../../../engine/sources.ts';
import { formatDate } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** A cited published document. */
export interface CitedSource {
  readonly kind: 'source';
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** Date of publication as read on screen ("01.04.2016", "April 2016", "2016"); absent for undated pages. */
  readonly date?: string;
  /** Where to read it; absent for a printed paper without an address. */
  readonly url?: string;
  /** What exactly is taken from it. */
  readonly detail?: string;
}

/** A citation that says there is no source: a Modellannahme, an unbacked figure, a teaching example. */
export interface CitedAssumption {
  readonly kind: 'assumption';
  readonly id: string;
  /** The word for it in the language of the view ("Modellannahme", "model assumption"). */
  readonly label: string;
  readonly detail?: string;
}

export type Cited = CitedSource | CitedAssumption;

/** A date of the sources list (YYYY, YYYY-MM or YYYY-MM-DD) as read on screen: "2016", "April 2016", "01.04.2016". */
export function sourceDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return formatDate(lang, date);
  if (m !== undefined) return new Date(Date.UTC(y!, m - 1, 1)).toLocaleDateString(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date;
}

/**
 * The citations of a citation text with what the sources list knows of them; undefined when the text is not a
 * citation text or names an id the list does not have — such a text is shown as it is.
 */
export function citedSources(text: string, lang: Lang): Cited[] | undefined {
  const citations = parseCitations(text);
  if (!citations || !citations.every((c) => isSourceId(c.id))) return undefined;
  return citations.map(({ id, detail }): Cited => {
    const entry = SOURCES[id as keyof typeof SOURCES];
    const more = detail === undefined ? {} : { detail };
    if (entry.kind === 'assumption') return { kind: 'assumption', id, label: entry.label[lang], ...more };
    return {
      kind: 'source',
      id,
      title: entry.title,
      publisher: entry.publisher,
      ...(entry.date === undefined ? {} : { date: sourceDate(lang, entry.date) }),
      ...(entry.url === undefined ? {} : { url: entry.url }),
      ...more,
    };
  });
}
