/**
 * Numbers and dates of the comparison, as src/ui/format.ts writes them, with the Intl formatters made once: the tables
 * and maps write thousands of numbers per update, and a formatter made per number costs more than the page can spare.
 */
import type { Lang } from '../../i18n/index.ts';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A number with exactly `digits` decimals; '–' for NaN and infinities. */
export function formatNumber(lang: Lang, v: number, digits = 0): string {
  if (!Number.isFinite(v)) return '–';
  const key = `${lang}${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f.format(v);
}

/** An ISO date as 24.10.2015 / 24 Oct 2015. */
export function formatDate(lang: Lang, iso: string): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', day: lang === 'de' ? '2-digit' : 'numeric', month: lang === 'de' ? '2-digit' : 'short', year: 'numeric' });
    dateFormats.set(lang, f);
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
