/** Text report of a comparison: an aligned table with German column heads and de-DE numbers, and the summary lines. */
import type { Comparison, ComparisonRow } from './compare.ts';
import { EINHEITEN, type Einheit, type Rolle } from './published.ts';

const nf = (digits: number): Intl.NumberFormat =>
  new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const N0 = nf(0);
const N1 = nf(1);
const N2 = nf(2);

const clean = (s: string): string => (s === '-0' || s === '-0,0' || s === '-0,00' ? s.slice(1) : s);

/** A value in its unit: persons and places whole, rates and days with one decimal, shares in per cent, euros whole. */
export function formatValue(value: number, unit: Einheit): string {
  switch (unit) {
    case 'anteil':
      return clean(N2.format(value * 100));
    case 'personenJeTag':
    case 'personenJeWoche':
    case 'personenJeMonat':
    case 'tage':
      return clean(N1.format(value));
    default:
      return clean(N0.format(Math.round(value)));
  }
}

/** A relative difference as signed per cent, e.g. "+12,3 %" or "−4,0 %". */
export function formatRelDiff(rel: number): string {
  const s = N1.format(Math.abs(rel) * 100);
  if (s === '0,0') return '0,0 %';
  return `${rel < 0 ? '−' : '+'}${s} %`;
}

/** A share (averaged relative difference) as per cent. */
export function formatPercent(x: number | null): string {
  return x === null ? '–' : `${N1.format(x * 100)} %`;
}

const ROLLE: Readonly<Record<Rolle, string>> = { eingabe: 'E', teilweise: 'T', ergebnis: 'M' };

const width = (s: string): number => [...s].length;
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

const HEAD = ['Kennzahl', 'Quelle', 'Rolle', 'Veröffentlicht', 'Simuliert', 'Einheit', 'Rel. Abweichung'] as const;
const RIGHT = [false, false, false, true, true, false, true];

function cells(r: ComparisonRow): string[] {
  const unit = r.figure.unit;
  return [
    r.figure.label.de,
    r.source,
    ROLLE[r.figure.rolle],
    formatValue(r.published, unit),
    formatValue(r.simulated, unit),
    EINHEITEN[unit].de,
    formatRelDiff(r.relDiff),
  ];
}

/** The comparison rows as an aligned table (header, rule, one line per figure), lines joined by "\n". */
export function formatTable(rows: readonly ComparisonRow[]): string {
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.max(width(h), ...body.map((c) => width(c[i] as string))));
  const line = (c: readonly string[]): string =>
    c.map((s, i) => (RIGHT[i] ? padStart(s, widths[i] as number) : padEnd(s, widths[i] as number))).join('  ').trimEnd();
  return [line(HEAD), '─'.repeat(widths.reduce((a, w) => a + w, 0) + 2 * (widths.length - 1)), ...body.map(line)].join('\n');
}

/** The summary lines under a scenario's table. */
export function formatSummary(c: Comparison): string {
  const n = c.rows.length;
  const m = c.rows.filter((r) => r.figure.rolle !== 'eingabe').length;
  const byReason = (reason: string): number => c.skipped.filter((s) => s.reason === reason).length;
  return [
    `Gemittelte relative Abweichung: ${formatPercent(c.averagedRelativeDifference)} (${n} Kennzahlen)`,
    `  ohne Eingabegrößen (Rolle T und M): ${formatPercent(c.averagedRelativeDifferenceOhneEingaben)} (${m} Kennzahlen)`,
    `Nicht anwendbar: ${byReason('zeitraum')} außerhalb des Zeitraums, ${byReason('region') + byReason('kreis')} andere Region, ${byReason('undefiniert')} im Lauf nicht definiert`,
  ].join('\n');
}

/** Explains the Rolle column once. */
export const ROLLE_LEGENDE =
  'Rolle: E = Eingabegröße des Szenarios (Zugänge, Plätze der Erstaufnahme), T = Modellergebnis, das eine aus dieser Zahl abgeleitete Eingabe weitgehend bestimmt, M = Modellergebnis. Rel. Abweichung = (simuliert − veröffentlicht) / veröffentlicht.';
