/** How a KPI value reads as text, the same on the command line and in the app: money totals in whole euros, dates as dates. */
import type { Kpi } from './result.ts';

export type TextLang = 'de' | 'en';

const LOCALE: Record<TextLang, string> = { de: 'de-DE', en: 'en-GB' };

/** Formats a number with the thousands separator and decimal mark of the language. */
export function formatNumber(value: number, lang: TextLang, fractionDigits: { min?: number; max?: number } = {}): string {
  const max = fractionDigits.max ?? 2;
  const min = Math.min(fractionDigits.min ?? 0, max);
  const s = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
  return s === '-0' ? '0' : s;
}

/** Whether a KPI is an amount of money (its English unit is EUR, possibly "EUR per …"). */
export function isMoney(kpi: Pick<Kpi, 'unit'>): boolean {
  return /^EUR\b/.test(kpi.unit.en);
}

/**
 * The value of a KPI as text: money totals in whole euros, money per head with cents,
 * everything else with up to two decimals (integers without).
 */
export function formatKpiValue(kpi: Pick<Kpi, 'value' | 'unit' | 'date'>, lang: TextLang): string {
  if (kpi.date) {
    const [y, m, d] = kpi.date.split('-');
    return lang === 'de' ? `${d}.${m}.${y}` : kpi.date;
  }
  if (isMoney(kpi)) {
    return kpi.unit.en === 'EUR' ? formatNumber(Math.round(kpi.value), lang, { max: 0 }) : formatNumber(kpi.value, lang, { min: 2, max: 2 });
  }
  return formatNumber(kpi.value, lang, { max: 2 });
}
