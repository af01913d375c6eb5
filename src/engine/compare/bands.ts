/**
 * Summaries of the run details of a comparison: per setup the mean and the 90 % band of the runs for every day of the
 * Hessen series and every week of each Kreis, and per unit the mean of each figure with its paired difference to the
 * first setup. Outcomes may come in any order and be incomplete; a view draws these and computes nothing itself.
 */
import { quantileSorted } from 'd3';
import { KREIS_SERIES, LAND_SERIES, UNIT_FIGURES, type DetailLayout, type KreisSeries, type LandSeries, type RunDetail, type UnitFigure } from './detail.ts';
import type { RunOutcome } from './summary.ts';

/** A run's outcome with its detail (executeRunDetailed). */
export interface DetailedOutcome extends RunOutcome {
  readonly detail: RunDetail;
}

/** Per time point: mean of the runs and the range 90 % of them lie in (empirical 5 % and 95 % quantiles). */
export interface Band {
  readonly mean: Float32Array;
  readonly low: Float32Array;
  readonly high: Float32Array;
}

export interface SetupDetail {
  /** Runs summarised. */
  readonly n: number;
  readonly land: { readonly [K in LandSeries]: Band };
  /** Kreis-major like RunDetail.kreise: Kreis k, week w at [k * weeks + w]. */
  readonly kreise: { readonly [K in KreisSeries]: Band };
  /** Per figure and unit (layout position): mean over the runs (NaN where no run has a value). */
  readonly units: { readonly [K in UnitFigure]: Float64Array };
  /**
   * Per figure and unit: mean of the paired differences (this setup − first setup) over the replicates both have;
   * null for the first setup.
   */
  readonly unitDiff: { readonly [K in UnitFigure]: Float64Array } | null;
}

export interface DetailSummary {
  readonly layout: DetailLayout;
  /** In the order of the setups; a setup without runs yet has n = 0 and NaN everywhere. */
  readonly setups: readonly SetupDetail[];
}

/** Mean, 5 % and 95 % quantile at each of `length` points over the given arrays. */
function band(arrays: readonly Float32Array[], length: number): Band {
  const mean = new Float32Array(length);
  const low = new Float32Array(length);
  const high = new Float32Array(length);
  const n = arrays.length;
  if (n === 0) {
    mean.fill(Number.NaN);
    low.fill(Number.NaN);
    high.fill(Number.NaN);
    return { mean, low, high };
  }
  const column = new Float64Array(n);
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (let r = 0; r < n; r++) {
      const v = (arrays[r] as Float32Array)[i] as number;
      column[r] = v;
      sum += v;
    }
    column.sort();
    mean[i] = sum / n;
    low[i] = quantileSorted(column as unknown as number[], 0.05) as number;
    high[i] = quantileSorted(column as unknown as number[], 0.95) as number;
  }
  return { mean, low, high };
}

/** Per unit, the mean over runs of a figure, leaving out runs where it has no value (NaN). */
function unitMeans(details: readonly RunDetail[], figure: UnitFigure, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let sum = 0;
    let count = 0;
    for (const d of details) {
      const v = d.figures[figure][u] as number;
      if (Number.isNaN(v)) continue;
      sum += v;
      count++;
    }
    out[u] = count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

/** Per unit, the mean of the paired differences between two lists of details of the same replicates. */
function unitDiffs(pairs: readonly (readonly [RunDetail, RunDetail])[], figure: UnitFigure, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let sum = 0;
    let count = 0;
    for (const [a, base] of pairs) {
      const v = (a.figures[figure][u] as number) - (base.figures[figure][u] as number);
      if (Number.isNaN(v)) continue;
      sum += v;
      count++;
    }
    out[u] = count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

/** The summary of the details of the outcomes so far; null before the first outcome (its layout is not known yet). */
export function summariseDetails(setupCount: number, outcomes: Iterable<DetailedOutcome>): DetailSummary | null {
  const bySetup: Map<number, RunDetail>[] = Array.from({ length: setupCount }, () => new Map());
  let layout: DetailLayout | null = null;
  for (const o of outcomes) {
    layout ??= o.detail.layout;
    bySetup[o.setup]?.set(o.replicate, o.detail);
  }
  if (!layout) return null;
  const { days, weeks, units, kreise } = layout;
  const n = units.length;
  const first = bySetup[0] as Map<number, RunDetail>;
  const setups = bySetup.map((runs, s): SetupDetail => {
    const details = [...runs.values()];
    const pairs: [RunDetail, RunDetail][] = [];
    if (s > 0) for (const [r, d] of runs) if (first.has(r)) pairs.push([d, first.get(r)!]);
    return {
      n: details.length,
      land: Object.fromEntries(LAND_SERIES.map((k) => [k, band(details.map((d) => d.land[k]), days)])) as SetupDetail['land'],
      kreise: Object.fromEntries(KREIS_SERIES.map((k) => [k, band(details.map((d) => d.kreise[k]), kreise.length * weeks)])) as SetupDetail['kreise'],
      units: Object.fromEntries(UNIT_FIGURES.map((f) => [f, unitMeans(details, f, n)])) as SetupDetail['units'],
      unitDiff: s === 0 ? null : (Object.fromEntries(UNIT_FIGURES.map((f) => [f, unitDiffs(pairs, f, n)])) as NonNullable<SetupDetail['unitDiff']>),
    };
  });
  return { layout, setups };
}

/** One Kreis's weekly band of a series (a view into the summary's arrays): `k` is its position in `layout.kreise`. */
export function kreisBand(summary: DetailSummary, setup: number, series: KreisSeries, k: number): Band {
  const W = summary.layout.weeks;
  const b = (summary.setups[setup] as SetupDetail).kreise[series];
  return { mean: b.mean.subarray(k * W, (k + 1) * W), low: b.low.subarray(k * W, (k + 1) * W), high: b.high.subarray(k * W, (k + 1) * W) };
}

/**
 * What the fiscal layer says of a Kommune's budget (Kreis or Gemeinde), to set its net burden against: weak when the
 * scenario's fiscal data marks it as a Schutzschirm Kommune; its Kassenkredite per inhabitant (own figure or the
 * Land-wide one), if any.
 */
export interface FiscalMark {
  readonly weak: boolean;
  readonly kassenkrediteEurPerInhabitant: number | undefined;
}

/** The fiscal marks of the layout's units from a scenario's fiscal layer (absent layer: none weak, no figures). */
export function fiscalMarks(
  layout: DetailLayout,
  fiscal: { readonly kommunen: Readonly<Record<string, { readonly schutzschirm?: boolean | undefined; readonly kassenkrediteEurPerInhabitant?: number | undefined }>>; readonly kassenkrediteEurPerInhabitant?: number | undefined } | undefined,
): FiscalMark[] {
  return layout.units.map((u) => {
    const own = fiscal && Object.hasOwn(fiscal.kommunen, u.id) ? fiscal.kommunen[u.id] : undefined;
    return { weak: own?.schutzschirm === true, kassenkrediteEurPerInhabitant: own?.kassenkrediteEurPerInhabitant ?? fiscal?.kassenkrediteEurPerInhabitant };
  });
}
