/**
 * Summarises the runs of a comparison per KPI: mean, 90 % range of the runs, 90 % interval of the mean, and the
 * difference to the first setup from paired runs (same seed), with its interval. KPIs are read generically.
 */
import type { Kpi } from '../metrics/result.ts';
import { describeSample, type Sample } from './stats.ts';

type Text = { readonly de: string; readonly en: string };

/** A KPI value of one run, as a comparison needs it: id, unit and value (label only for display). */
export interface KpiValue {
  readonly id: string;
  readonly value: number;
  readonly unit: Text;
  readonly label?: Text;
  /** The KPI names a day: its value is a day index from the start of the run. */
  readonly day?: boolean;
}

/** The result of one run of a plan: which run it was, and its KPI values. */
export interface RunOutcome {
  readonly index: number;
  readonly setup: number;
  readonly replicate: number;
  readonly seed: number;
  readonly kpis: readonly KpiValue[];
}

/** The KPIs of a run result as comparison values. */
export function kpiValues(kpis: readonly Kpi[]): KpiValue[] {
  return kpis.map((k) => ({ id: k.id, value: k.value, unit: k.unit, label: k.label, ...(k.date !== undefined ? { day: true } : {}) }));
}

export interface SetupKpi extends Sample {
  /**
   * Difference to the first setup (this setup − first) over the replicates both have: mean, spread and interval of
   * the paired differences. Null for the first setup.
   */
  readonly diff: Sample | null;
}

export interface KpiSummary {
  readonly id: string;
  readonly unit: Text;
  readonly label?: Text;
  readonly day?: boolean;
  /** One entry per setup, in the order of the setups. */
  readonly setups: readonly SetupKpi[];
}

/**
 * Per KPI (in the order they first appear) and setup: the statistics of the runs. Outcomes may come in any order and
 * be incomplete (a run that failed or is still running is left out): differences pair only replicates both setups have.
 */
export function summarise(setupCount: number, outcomes: Iterable<RunOutcome>): KpiSummary[] {
  const meta = new Map<string, Omit<KpiSummary, 'setups'>>();
  // kpi id → per setup: replicate → value
  const values = new Map<string, Map<number, number>[]>();
  for (const o of outcomes) {
    for (const k of o.kpis) {
      if (!meta.has(k.id)) {
        meta.set(k.id, { id: k.id, unit: k.unit, ...(k.label ? { label: k.label } : {}), ...(k.day ? { day: true } : {}) });
        values.set(
          k.id,
          Array.from({ length: setupCount }, () => new Map()),
        );
      }
      values.get(k.id)![o.setup]?.set(o.replicate, k.value);
    }
  }
  return [...meta.values()].map((m) => {
    const bySetup = values.get(m.id)!;
    const first = bySetup[0]!;
    return {
      ...m,
      setups: bySetup.map((runs, s) => {
        const stats = describeSample([...runs.values()]);
        if (s === 0) return { ...stats, diff: null };
        const diffs: number[] = [];
        for (const [r, v] of runs) {
          const base = first.get(r);
          if (base !== undefined) diffs.push(v - base);
        }
        return { ...stats, diff: describeSample(diffs) };
      }),
    };
  });
}
