/** Number, date and unit formatting for both UI languages. */
import type { Lang } from './i18n/index.ts';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function formatNumber(lang: Lang, v: number, digits = 0): string {
  if (!Number.isFinite(v)) return '–';
  return v.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A share (1 = 100 %) as percent with a non-breaking space before the sign. */
export function formatPercent(lang: Lang, share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '–';
  return `${formatNumber(lang, share * 100, digits)}\u00a0%`;
}

/** A signed share with its sign as shown: "+1,2 %", "−0,4 %", "±0,0 %" (a share that rounds to zero has no sign). */
export function formatSignedPercent(lang: Lang, share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  const shown = Math.round(share * 100 * 10 ** digits);
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
  return `${sign}${formatPercent(lang, Math.abs(share), digits)}`;
}

export function formatEuro(lang: Lang, v: number): string {
  if (!Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  if (abs >= 1e6) return `${formatNumber(lang, v / 1e6, 1)}\u00a0${lang === 'de' ? 'Mio.\u00a0€' : 'm EUR'}`;
  return lang === 'de' ? `${formatNumber(lang, v)}\u00a0€` : `EUR\u00a0${formatNumber(lang, v)}`;
}

/** Persons with the unit word. */
export function formatPersons(lang: Lang, v: number): string {
  return `${formatNumber(lang, v)}\u00a0${lang === 'de' ? 'Pers.' : 'persons'}`;
}

/** An ISO date as 24.10.2015 / 24 Oct 2015. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toLocaleDateString(LOCALE[lang], { timeZone: 'UTC', day: lang === 'de' ? '2-digit' : 'numeric', month: lang === 'de' ? '2-digit' : 'short', year: 'numeric' });
}
