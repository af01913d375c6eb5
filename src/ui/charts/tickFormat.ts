/** Tick labels for both UI languages: calendar ticks on x, compact numbers on y. */
import type { Lang } from '../i18n/index.ts';
import type { DayTick } from './scales.ts';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** 2016 · Okt / Oct · 12.10. / 12 Oct — depending on what the tick marks. */
export function formatDayTick(lang: Lang, tick: Pick<DayTick, 'date' | 'kind'>): string {
  const date = utc(tick.date);
  if (tick.kind === 'year') return String(date.getUTCFullYear());
  if (tick.kind === 'month') return date.toLocaleDateString(LOCALE[lang], { timeZone: 'UTC', month: 'short' }).replace(/\.$/, '');
  return lang === 'de'
    ? `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`
    : date.toLocaleDateString(LOCALE[lang], { timeZone: 'UTC', day: 'numeric', month: 'short' });
}

/** Axis numbers: thousands separators, millions and billions shortened (Mio./Mrd., m/bn); `max` is the top tick. */
export function formatValueTick(lang: Lang, v: number, max: number): string {
  const n = (x: number, digits: number) => x.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits });
  const a = Math.abs(max);
  if (v === 0) return '0';
  if (a >= 1e9) return `${n(v / 1e9, 1)}\u00a0${lang === 'de' ? 'Mrd.' : 'bn'}`;
  if (a >= 1e6) return `${n(v / 1e6, a >= 1e7 ? 0 : 1)}\u00a0${lang === 'de' ? 'Mio.' : 'm'}`;
  return n(v, a < 10 ? 1 : 0);
}

/** A share (1 = 100 %) as an axis label. */
export function formatPercentTick(lang: Lang, share: number): string {
  return `${Math.round(share * 100).toLocaleString(LOCALE[lang])}\u00a0%`;
}
