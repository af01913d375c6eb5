/** Pure text of compare and sweep: the heading, the legend of setups and the table of KPI statistics per setup. */
import { addDays } from '../engine/dates.ts';
import type { Interval, KpiSummary } from '../engine/compare/index.ts';
import type { Lang } from './args.ts';
import { formatDate, formatNumber } from './format.ts';

const width = (s: string): number => [...s].length;
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

/** What the table needs to know of the comparison. */
export interface ComparisonHeading {
  readonly command: 'compare' | 'sweep';
  readonly scenarioId: string;
  readonly scenarioName: { readonly de: string; readonly en: string };
  readonly start: string;
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly runs: number;
  readonly seeds: readonly number[];
  readonly labels: readonly string[];
  /** Runs missing from a merge (planned but not supplied). */
  readonly missing?: number;
}

/** A statistic of a KPI as text: money totals in whole euros, per head with cents, a day index as its date, else ≤ 2 decimals. */
export function formatStat(kpi: Pick<KpiSummary, 'unit' | 'day'>, value: number, start: string, lang: Lang, difference = false): string {
  if (!Number.isFinite(value)) return '–';
  if (kpi.day && !difference) return formatDate(addDays(start, Math.round(value)), lang);
  const sign = difference && value > 0 ? '+' : '';
  if (/^EUR\b/.test(kpi.unit.en)) {
    return sign + (kpi.unit.en === 'EUR' ? formatNumber(Math.round(value), lang, { max: 0 }) : formatNumber(value, lang, { min: 2, max: 2 }));
  }
  return sign + formatNumber(value, lang, { max: 2 });
}

const interval = (kpi: KpiSummary, i: Interval | null, start: string, lang: Lang, difference = false): string =>
  i ? `${formatStat(kpi, i.low, start, lang, difference)} … ${formatStat(kpi, i.high, start, lang, difference)}` : '–';

const HEAD: Record<Lang, readonly string[]> = {
  de: ['Kennzahl / Variante', 'Mittel', '90 % der Läufe', 'Δ zu V1', '90-%-KI von Δ'],
  en: ['Indicator / setup', 'Mean', '90 % of runs', 'Δ to S1', '90 % CI of Δ'],
};

/** Lines above the table: what was compared, on how many runs and seeds, and the legend of setups. */
export function formatComparisonHeading(h: ComparisonHeading, lang: Lang): string {
  const first = h.seeds[0];
  const last = h.seeds[h.seeds.length - 1];
  const seeds = h.seeds.length === 1 ? `${first}` : `${first} … ${last}`;
  const code = lang === 'de' ? 'V' : 'S';
  const missing =
    h.missing && h.missing > 0 ? [lang === 'de' ? `Es fehlen ${h.missing} der geplanten Läufe.` : `${h.missing} of the planned runs are missing.`] : [];
  return [
    lang === 'de'
      ? `${h.command === 'sweep' ? 'Parameterstudie' : 'Vergleich'}: ${h.scenarioId} – ${h.scenarioName.de} · ${h.runs} Läufe je Variante · Seeds ${seeds}`
      : `${h.command === 'sweep' ? 'Sweep' : 'Comparison'}: ${h.scenarioId} – ${h.scenarioName.en} · ${h.runs} runs per setup · seeds ${seeds}`,
    `${lang === 'de' ? 'Szenario' : 'Scenario'} ${h.scenarioHash} · Engine ${h.engineVersion}`,
    ...missing,
    '',
    ...h.labels.map((l, i) => `  ${code}${i + 1}  ${l}`),
  ].join('\n');
}

/**
 * The KPI statistics as an aligned table: per KPI a heading line (label and unit), then one line per setup with
 * mean, the range of 90 % of the runs, and the mean paired difference to the first setup with its 90 % interval.
 */
export function formatComparisonTable(kpis: readonly KpiSummary[], start: string, lang: Lang): string {
  const code = lang === 'de' ? 'V' : 'S';
  const rows: (readonly string[] | string)[] = [];
  for (const k of kpis) {
    const label = k.label?.[lang] ?? k.id;
    rows.push(`${label} [${k.day ? (lang === 'de' ? 'Datum; Δ in Tagen' : 'date; Δ in days') : k.unit[lang]}]`);
    k.setups.forEach((s, i) => {
      rows.push([
        `  ${code}${i + 1}`,
        formatStat(k, s.mean, start, lang),
        interval(k, s.range90, start, lang),
        s.diff ? formatStat(k, s.diff.mean, start, lang, true) : '',
        s.diff ? interval(k, s.diff.ci90, start, lang, true) : '',
      ]);
    });
  }
  const head = HEAD[lang];
  const cells = rows.filter((r): r is readonly string[] => typeof r !== 'string');
  const w = head.map((h, c) => Math.max(c === 0 ? 0 : width(h), ...cells.map((r) => width(r[c] as string))));
  w[0] = Math.max(w[0] as number, width(head[0] as string) - 0);
  const line = (r: readonly string[]): string =>
    r
      .map((cell, c) => (c === 0 ? padEnd(cell, w[0] as number) : padStart(cell, w[c] as number)))
      .join('  ')
      .trimEnd();
  const total = w.reduce((a, b) => a + b, 0) + 2 * (w.length - 1);
  return [line(head), '─'.repeat(total), ...rows.map((r) => (typeof r === 'string' ? r : line(r)))].join('\n');
}
