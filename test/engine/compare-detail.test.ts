// The detail a comparison run returns for maps and bands, and its summaries per setup and unit.
import { describe, expect, it } from 'vitest';
import {
  executeRun,
  executeRunDetailed,
  fiscalMarks,
  kreisBand,
  LAND_SERIES,
  planComparison,
  runInput,
  summariseDetails,
  UNIT_FIGURES,
  type DetailedOutcome,
} from '../../src/engine/compare/index.ts';
import { runScenario } from '../../src/engine/run.ts';
import { load, smallScenario } from './helpers.ts';

const scenario = load(smallScenario({ arrivals: { noise: 'poisson' } }));

function runAll(setups: Parameters<typeof planComparison>[1], runs: number): DetailedOutcome[] {
  const r = planComparison(scenario, setups, { runs, baseSeed: 7 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan.tasks.map((t) => executeRunDetailed(runInput(r.plan, t)));
}

describe('run detail', () => {
  const [o] = runAll([{ kreisPolicy: 'einwohner' }], 1);
  const d = o!.detail;
  const result = runScenario(scenario, { seed: 7, kreisPolicy: 'einwohner' });
  const kpi = (id: string) => result.kpis.find((k) => k.id === id)!.value;

  it('keeps the KPI values of the plain run', () => {
    const planned = planComparison(scenario, [{ kreisPolicy: 'einwohner' }], { runs: 1, baseSeed: 7 });
    if (!planned.ok) throw new Error('plan refused');
    const plain = executeRun(runInput(planned.plan, planned.plan.tasks[0]!));
    expect(o!.kpis).toEqual(plain.kpis);
    expect('detail' in plain).toBe(false);
  });

  it('lists Kreise and Gemeinden with series of the run’s length', () => {
    const kommunal = result.units.filter((u) => u.level === 'kreis' || u.level === 'gemeinde');
    expect(d.layout.units.map((u) => u.id)).toEqual(kommunal.map((u) => u.id));
    expect(d.layout.kreise.map((k) => d.layout.units[k]!.level)).toEqual(kommunal.filter((u) => u.level === 'kreis').map(() => 'kreis'));
    expect(d.layout.days).toBe(result.days.length);
    expect(d.layout.weeks).toBe(Math.ceil(result.days.length / 7));
    for (const k of LAND_SERIES) expect(d.land[k]).toHaveLength(result.days.length);
    expect(d.kreise.kommunen).toHaveLength(d.layout.kreise.length * d.layout.weeks);
  });

  it('adds up to the run’s totals', () => {
    const sumKreise = (f: (typeof UNIT_FIGURES)[number]) => d.layout.kreise.reduce((a, k) => a + (d.figures[f][k] as number), 0);
    expect(sumKreise('zuweisungen')).toBe(kpi('zuweisungen'));
    const allNet = d.figures.netBurden.reduce((a, b) => a + b, 0);
    expect(allNet).toBeCloseTo(kpi('netKommunen'), 0);
    expect(d.land.notunterkunft.reduce((a, b) => a + b, 0)).toBe(kpi('nuPersonDays'));
    expect(d.land.erstaufnahme.reduce((a, b) => Math.max(a, b), 0)).toBe(kpi('eaePeak'));
    expect(d.land.kommunen[d.layout.days - 1]).toBe(kpi('inKommunenEnd'));
    // A Kreis's weekly mean of persons housed, over the weeks, times the days of each week gives its person-days.
    const k = 0;
    const W = d.layout.weeks;
    let personDays = 0;
    for (let w = 0; w < W; w++) personDays += (d.kreise.kommunen[k * W + w] as number) * Math.min(7, d.layout.days - w * 7);
    const kreisId = d.layout.units[d.layout.kreise[k]!]!.id;
    const members = result.units.flatMap((u, i) => (u.id === kreisId || u.parent === kreisId ? [i] : []));
    let expected = 0;
    for (let day = 0; day < result.days.length; day++) for (const u of members) expected += result.series.present[day * result.units.length + u] as number;
    expect(personDays).toBeCloseTo(expected, 0);
  });
});

describe('detail summaries', () => {
  it('a setup compared with itself differs by exactly 0 everywhere', () => {
    const outcomes = runAll([{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'einwohner' }], 3);
    const s = summariseDetails(2, outcomes)!;
    expect(s.setups[0]!.unitDiff).toBeNull();
    for (const f of UNIT_FIGURES) {
      const diffs = [...s.setups[1]!.unitDiff![f]].filter((v) => !Number.isNaN(v));
      expect(diffs.length).toBeGreaterThan(0);
      expect(diffs.every((v) => v === 0)).toBe(true);
      expect([...s.setups[1]!.units[f]]).toEqual([...s.setups[0]!.units[f]]);
    }
  });

  it('bands hold the mean and per-unit means are the runs’ means', () => {
    const outcomes = runAll([{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }], 5);
    const s = summariseDetails(2, outcomes)!;
    expect(s.setups.map((x) => x.n)).toEqual([5, 5]);
    for (const setup of s.setups) {
      for (const k of LAND_SERIES) {
        const b = setup.land[k];
        for (let i = 0; i < b.mean.length; i++) {
          expect(b.low[i]!).toBeLessThanOrEqual(b.mean[i]! + 1e-3);
          expect(b.high[i]!).toBeGreaterThanOrEqual(b.mean[i]! - 1e-3);
        }
      }
    }
    const runs1 = outcomes.filter((o) => o.setup === 1);
    const u = s.layout.kreise[0]!;
    const mean = runs1.reduce((a, o) => a + o.detail.figures.zuweisungen[u]!, 0) / runs1.length;
    expect(s.setups[1]!.units.zuweisungen[u]).toBeCloseTo(mean, 9);
    const diff = runs1.reduce((a, o) => a + o.detail.figures.nuPersonDays[u]! - outcomes.find((b) => b.setup === 0 && b.replicate === o.replicate)!.detail.figures.nuPersonDays[u]!, 0) / 5;
    expect(s.setups[1]!.unitDiff!.nuPersonDays[u]).toBeCloseTo(diff, 9);
    const kb = kreisBand(s, 1, 'kommunen', 0);
    expect(kb.mean).toHaveLength(s.layout.weeks);
    expect([...kb.mean]).toEqual([...s.setups[1]!.kreise.kommunen.mean.subarray(0, s.layout.weeks)]);
  });

  it('summarises incomplete comparisons and nothing before the first run', () => {
    expect(summariseDetails(2, [])).toBeNull();
    const [first] = runAll([{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }], 1);
    const s = summariseDetails(2, [first!])!;
    expect(s.setups[1]!.n).toBe(0);
    expect(Number.isNaN(s.setups[1]!.land.kommunen.mean[0])).toBe(true);
  });

  it('marks the Kommunen the fiscal layer calls weak', () => {
    const [o] = runAll([{}], 1);
    const layout = o!.detail.layout;
    const id = layout.units[layout.kreise[0]!]!.id;
    const marks = fiscalMarks(layout, { kommunen: { [id]: { schutzschirm: true } }, kassenkrediteEurPerInhabitant: 1000 });
    expect(marks[layout.kreise[0]!]).toEqual({ weak: true, kassenkrediteEurPerInhabitant: 1000 });
    expect(marks.filter((m) => m.weak)).toHaveLength(1);
    expect(fiscalMarks(layout, undefined).every((m) => !m.weak && m.kassenkrediteEurPerInhabitant === undefined)).toBe(true);
  });
});
