/**
 * Export of a comparison as CSV (a row per setup and KPI with mean, intervals and difference, then a row per run and
 * KPI) and as JSON; both record scenario fingerprint, setups and their policies, seeds and engine version, so that
 * `npm run sim -- compare` with the same setups and seeds gives the same values.
 */
import { csvFormatRows } from 'd3';
import { setupLabel, type Setup } from '../../../engine/compare/index.ts';
import type { ComparisonResult } from './model.ts';

/** Format tag of the JSON export (the command line's comparison files carry `zuweisungslabor-vergleich/1`). */
export const EXPORT_FORMAT = 'zuweisungslabor-vergleich/1';

export const EXPORT_COLUMNS = [
  'row',
  'scenarioId',
  'scenarioHash',
  'engineVersion',
  'baseSeed',
  'setup',
  'setupLabel',
  'landPolicy',
  'kreisPolicy',
  'procurement',
  'params',
  'kpi',
  'unit',
  'n',
  'mean',
  'p05',
  'p95',
  'ciLow',
  'ciHigh',
  'diffMean',
  'diffCiLow',
  'diffCiHigh',
  'replicate',
  'seed',
  'value',
] as const;
type Column = (typeof EXPORT_COLUMNS)[number];

const paramText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The command-line arguments of a setup (after `compare <scenario>`): one setup per call, seeds from --seed. */
export function setupArgs(s: Setup): string[] {
  return [
    ...(s.landPolicy !== undefined ? ['--land-policy', s.landPolicy] : []),
    ...(s.kreisPolicy !== undefined ? ['--kreis-policy', s.kreisPolicy] : []),
    ...(s.procurement !== undefined ? ['--procurement', s.procurement] : []),
    ...(s.params ?? []).flatMap((p) => ['--param', `${p.path}=${paramText(p.value)}`]),
  ];
}

const cell = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(v));

/** The comparison as CSV text (RFC 4180 quoting), summary rows first, then one row per run and KPI. */
export function comparisonCsv(r: ComparisonResult): string {
  const setupCells = r.setups.map((s, i): Partial<Record<Column, string>> => ({
    scenarioId: r.scenario.id,
    scenarioHash: r.scenarioHash,
    engineVersion: r.engineVersion,
    baseSeed: String(r.baseSeed),
    setup: String(i + 1),
    setupLabel: setupLabel(s),
    landPolicy: s.landPolicy ?? '',
    kreisPolicy: s.kreisPolicy ?? '',
    procurement: s.procurement ?? '',
    params: (s.params ?? []).map((p) => `${p.path}=${paramText(p.value)}`).join(';'),
  }));
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  const push = (values: Partial<Record<Column, string>>) => rows.push(EXPORT_COLUMNS.map((c) => values[c] ?? ''));
  for (const k of r.kpis) {
    k.setups.forEach((s, i) => {
      push({
        ...setupCells[i],
        row: 'summary',
        kpi: k.id,
        unit: k.unit.en,
        n: String(s.n),
        mean: cell(s.mean),
        p05: cell(s.range90?.low),
        p95: cell(s.range90?.high),
        ciLow: cell(s.ci90?.low),
        ciHigh: cell(s.ci90?.high),
        diffMean: cell(s.diff?.mean),
        diffCiLow: cell(s.diff?.ci90?.low),
        diffCiHigh: cell(s.diff?.ci90?.high),
      });
    });
  }
  const units = new Map(r.kpis.map((k) => [k.id, k.unit.en]));
  for (const run of r.runValues) {
    for (const [kpi, value] of Object.entries(run.values)) {
      push({ ...setupCells[run.setup], row: 'run', kpi, unit: units.get(kpi) ?? '', replicate: String(run.replicate), seed: String(run.seed), value: cell(value) });
    }
  }
  return `${csvFormatRows(rows)}\n`;
}

/** The comparison as JSON: meta with seeds, setups with their arguments, the KPI summaries, each run's KPI values. */
export function comparisonJson(r: ComparisonResult): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      meta: {
        command: 'compare',
        scenarioId: r.scenario.id,
        scenarioName: r.scenario.name,
        scenarioHash: r.scenarioHash,
        start: r.scenario.period.start,
        engineVersion: r.engineVersion,
        runs: r.runs,
        baseSeed: r.baseSeed,
        seeds: r.seeds,
      },
      setups: r.setups.map((s, index) => ({ index, label: setupLabel(s), ...s, args: setupArgs(s) })),
      kpis: r.kpis,
      runs: r.runValues,
      // The scenario itself, so that a file of an own scenario can be reproduced without the browser.
      scenario: r.scenario,
    },
    null,
    1,
  )}\n`;
}

/** Offers text as a file download. */
export function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
