/** Pure text formatting of the CLI: KPI table, numbers, dates, progress line, scenario and policy list, CSV batching. */
import type { Kpi, RunMeta } from '../engine/metrics/result.ts';
import { formatKpiValue } from '../engine/metrics/kpiText.ts';
import type { Lang } from './args.ts';

export { formatKpiValue, formatNumber, isMoney } from '../engine/metrics/kpiText.ts';

/** Display width of a string (code points; the texts here have no wide or combining characters). */
const width = (s: string): number => [...s].length;
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

const TABLE_HEAD: Record<Lang, readonly [string, string, string]> = {
  de: ['Kennzahl', 'Wert', 'Einheit'],
  en: ['Indicator', 'Value', 'Unit'],
};

/**
 * The KPIs as an aligned text table: label left-aligned, value right-aligned, unit left-aligned;
 * a header and a rule; no trailing spaces. Lines are joined by "\n" (no final newline).
 */
export function formatKpiTable(kpis: readonly Kpi[], lang: Lang): string {
  const rows = kpis.map((k) => [k.label[lang], formatKpiValue(k, lang), k.unit[lang]] as const);
  const head = TABLE_HEAD[lang];
  const w0 = Math.max(width(head[0]), ...rows.map((r) => width(r[0])));
  const w1 = Math.max(width(head[1]), ...rows.map((r) => width(r[1])));
  const w2 = Math.max(width(head[2]), ...rows.map((r) => width(r[2])));
  const line = (a: string, b: string, c: string): string => `${padEnd(a, w0)}  ${padStart(b, w1)}  ${c}`.trimEnd();
  return [line(...head), '─'.repeat(w0 + w1 + w2 + 4), ...rows.map((r) => line(...r))].join('\n');
}

/** An ISO date as 31.12.2025 (de) or 2025-12-31 (en). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** The lines above the table: scenario, period, seed and policies of the run. */
export function formatRunHeading(meta: RunMeta, lang: Lang): string {
  const period = `${formatDate(meta.start, lang)} – ${formatDate(meta.end, lang)}`;
  return lang === 'de'
    ? [
        `Szenario: ${meta.scenarioId} – ${meta.scenarioName.de}`,
        `Zeitraum: ${period} · Seed ${meta.seed} · Land-Politik ${meta.landPolicy} · Kreis-Politik ${meta.kreisPolicy}`,
      ].join('\n')
    : [
        `Scenario: ${meta.scenarioId} – ${meta.scenarioName.en}`,
        `Period: ${period} · seed ${meta.seed} · Land policy ${meta.landPolicy} · Kreis policy ${meta.kreisPolicy}`,
      ].join('\n');
}

/** Progress as "Simulation  37 % · 12.09.2024" (de) or "Simulation  37 % · 2024-09-12" (en). */
export function formatProgress(done: number, total: number, date: string, lang: Lang): string {
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `Simulation ${String(pct).padStart(3)} % · ${formatDate(date, lang)}`;
}

export interface NamedEntry {
  readonly id: string;
  readonly name: string;
}

/** Output of --list: built-in scenarios and policies by id with their (German) names. */
export function formatList(sections: readonly { readonly title: string; readonly entries: readonly NamedEntry[] }[]): string {
  const w = Math.max(0, ...sections.flatMap((s) => s.entries.map((e) => width(e.id))));
  return sections
    .map((s) => [`${s.title}:`, ...s.entries.map((e) => `  ${padEnd(e.id, w)}  ${e.name}`.trimEnd())].join('\n'))
    .join('\n\n');
}

/** "a (A), b (B)": ids with their names, for error messages. */
export function formatKnown(entries: readonly NamedEntry[]): string {
  return entries.map((e) => `${e.id} (${e.name})`).join(', ');
}

/** Joins lines into newline-terminated chunks of about `chunkSize` characters, for streaming to a file. */
export function* batchLines(lines: Iterable<string>, chunkSize = 1 << 16): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const line of lines) {
    buf.push(line);
    size += line.length + 1;
    if (size >= chunkSize) {
      yield `${buf.join('\n')}\n`;
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) yield `${buf.join('\n')}\n`;
}
