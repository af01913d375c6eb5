/** Money down to the Kommune (occupancy guarantees, reimbursement rules, the fiscal layer) and the KPIs that measure it. */
import { describe, expect, it } from 'vitest';
import { gini, KPI_DEFINITIONS, netBurdenByKommune } from '../../src/engine/metrics/kpis.ts';
import { runScenario } from '../../src/engine/run.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { COSTS, load, sim, smallScenario, type DeepPartial } from './helpers.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';

/** A quiet year with ample places: most places stay empty. */
const quiet = (over: DeepPartial<ScenarioInput> = {}) =>
  smallScenario({ period: { start: '2024-01-01', end: '2024-12-31' }, arrivals: { series: { kind: 'rate', perDay: 2 } }, accommodation: { kreisPerThousand: { gu: 3 } }, ...over });

describe('KPI definitions', () => {
  it('every KPI of a run is defined once, with a unit and a definition in both languages', () => {
    const ids = KPI_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of KPI_DEFINITIONS) for (const t of [d.label, d.unit, d.definition]) expect(t.de.length * t.en.length, d.id).toBeGreaterThan(0);
    const r = sim(smallScenario()).r;
    expect(r.kpis.map((k) => k.id)).toEqual(KPI_DEFINITIONS.filter((d) => !d.needsFiscal).map((d) => d.id));
    for (const k of r.kpis) expect(Number.isFinite(k.value), k.id).toBe(true);
  });

  it('Gini: 0 for equal values, (n − 1) / n when one holds everything', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(3 / 4, 12);
    expect(gini([1, 3])).toBeCloseTo(0.25, 12);
  });
});

describe('occupancy guarantee', () => {
  it('pays the person rate for the guaranteed share of empty places, counted as cost of empty places', () => {
    const g = 0.75;
    const base = sim(quiet());
    const guaranteed = sim(quiet({ accommodation: { costs: { ...COSTS, gu: { ...COSTS.gu, occupancyGuarantee: g } } } }));
    // The same persons in the same places; only money differs.
    expect(guaranteed.series('K1', 'present')).toEqual(base.series('K1', 'present'));
    const extra = guaranteed.kpi('costKommunen') - base.kpi('costKommunen');
    expect(extra).toBeGreaterThan(0);
    expect(guaranteed.kpi('vacancyCost') - base.kpi('vacancyCost')).toBeCloseTo(extra, 0);
    // Never more than the person rate on the guaranteed share of all GU places.
    const guPlaceDays = (base.kpi('freePlacesGu') * base.D) / (1 - base.kpi('occupancyGu') / 100);
    expect(extra).toBeLessThanOrEqual(g * guPlaceDays * COSTS.gu.perPersonDay + 1);
  });
});

describe('Kreis → Gemeinde reimbursement rule', () => {
  const run = (money: DeepPartial<ScenarioInput['money']>) => {
    const s = load(quiet({ arrivals: { series: { kind: 'rate', perDay: 15 } }, money: { ...money } }));
    return runScenario(s);
  };
  it('tagessatz: rate × person-days in the Gemeinden; pauschale and kosten: a share of what the Gemeinde receives or pays', () => {
    const r1 = run({ gemeindeReimbursementPerPersonDay: 8.8 });
    const gemeinden = r1.units.flatMap((u, i) => (u.level === 'gemeinde' ? [i] : []));
    const sum = (r: typeof r1, key: 'present' | 'pauschale' | 'cost') => {
      let t = 0;
      for (let d = 0; d < r.days.length; d++) for (const g of gemeinden) t += r.series[key][d * r.units.length + g] as number;
      return t;
    };
    const kpi = (r: typeof r1, id: string) => r.kpis.find((k) => k.id === id)!.value;
    expect(kpi(r1, 'gemeindeReimbursement')).toBeCloseTo(8.8 * sum(r1, 'present'), 0);
    const r2 = run({ gemeindeReimbursementRule: 'pauschale', gemeindeReimbursementShare: 0.5 });
    expect(kpi(r2, 'gemeindeReimbursement')).toBeCloseTo(0.5 * sum(r2, 'pauschale'), -1);
    const r3 = run({ gemeindeReimbursementRule: 'kosten', gemeindeReimbursementShare: 1 });
    expect(kpi(r3, 'gemeindeReimbursement')).toBeCloseTo(sum(r3, 'cost'), -1);
    // The rule moves money between Kreis and Gemeinde: the Kommunen's net burden stays the same.
    expect(kpi(r3, 'netKommunen')).toBe(kpi(r1, 'netKommunen'));
  });
});

describe('net burden by Kommune and the fiscal layer', () => {
  it('the budgets of Kreise and Gemeinden add up to the net burden of the Kommunen', () => {
    const s = load(quiet({ arrivals: { series: { kind: 'rate', perDay: 15 } }, money: { gemeindeReimbursementPerPersonDay: 5 } }));
    const r = runScenario(s);
    // The accumulators are not in the result: recompute the reimbursement of each Gemeinde as the rule says.
    const reimbursedTo = new Float64Array(r.units.length);
    r.units.forEach((u, i) => {
      if (u.level !== 'gemeinde' || u.parent === 'S1') return;
      for (let d = 0; d < r.days.length; d++) reimbursedTo[i] += 5 * (r.series.present[d * r.units.length + i] as number);
    });
    const burdens = netBurdenByKommune(r, { reimbursedTo });
    const net = r.kpis.find((k) => k.id === 'netKommunen')!.value;
    expect(burdens.reduce((a, b) => a + b.net, 0)).toBeCloseTo(net, -1);
    expect(burdens.map((b) => b.id).sort()).toEqual(['K1', 'K1-01', 'K1-02', 'K1-03', 'K2', 'K2-01', 'K2-02', 'S1']);
  });

  it('sets the net burden against Schutzschirm participation and Kassenkredite', () => {
    const fiscal = { kommunen: { K1: { schutzschirm: true, kassenkrediteEurPerInhabitant: 2000 }, 'K2-01': { kassenkrediteEurPerInhabitant: 500 } } };
    const s = sim(quiet({ arrivals: { series: { kind: 'rate', perDay: 15 } }, fiscal } as DeepPartial<ScenarioInput>));
    const share = s.kpi('netShareOfKassenkredite');
    expect(share).not.toBe(0);
    expect(s.kpi('netShareOfKassenkrediteMax')).toBeGreaterThanOrEqual(share);
    expect(s.kpi('netPerInhabitantSchutzschirm')).not.toBe(s.kpi('netPerInhabitantOther'));
    // Without the layer the fiscal KPIs are absent.
    expect(sim(quiet()).r.kpis.some((k) => k.id === 'netShareOfKassenkredite')).toBe(false);
  });

  it('the loader checks the Kommunen of the fiscal layer', () => {
    const r = loadScenario(quiet({ fiscal: { kommunen: { X9: { schutzschirm: true } } } } as DeepPartial<ScenarioInput>));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('fiscal.kommunen.X9');
    const bad = loadScenario(quiet({ fiscal: { kommunen: { K1: { kassenkrediteEurPerInhabitant: -1 } } } } as DeepPartial<ScenarioInput>));
    expect(bad.ok).toBe(false);
  });
});

describe('capacity KPIs', () => {
  it('misallocation: persons in Notunterkunft while regular places of the same Kreis stand free', () => {
    // The Kreis's own places are many, its Gemeinden's few: the Gemeinden overflow, and the Kreis takes the overflow
    // into its own places before anyone stays in Notunterkunft. What remains is the day a place opens (orders open
    // after the day's moves) and places too few for a whole family.
    const run = (kreis: string, strategy: 'keine' | 'reaktiv') =>
      sim(
        smallScenario({
          arrivals: { series: { kind: 'rate', perDay: 20 } },
          accommodation: { kreisPerThousand: { gu: 5 }, gemeindePerThousand: { gu: 0.2 } },
          procurement: { strategy },
          policies: { kreis },
        }),
      );
    for (const kreis of ['einwohner', 'selbst']) {
      const s = run(kreis, 'keine');
      expect(s.kpi('nuPersonDays')).toBeGreaterThan(0);
      expect(s.kpi('misallocation')).toBeLessThanOrEqual(0.02 * s.kpi('nuPersonDays'));
    }
    // Places ordered open at the end of a day, after the day's moves: that day counts as misallocated.
    const ordered = run('einwohner', 'reaktiv');
    expect(ordered.kpi('misallocation')).toBeGreaterThan(0);
    expect(ordered.kpi('misallocation')).toBeLessThan(ordered.kpi('nuPersonDays'));
  });

  it('occupancy by type and days over 100 % follow the places', () => {
    const crowded = sim(smallScenario({ arrivals: { series: { kind: 'rate', perDay: 30 } }, procurement: { strategy: 'keine' } }));
    const roomy = sim(smallScenario({ arrivals: { series: { kind: 'rate', perDay: 3 } }, procurement: { strategy: 'keine' } }));
    expect(crowded.kpi('occupancyGu')).toBeGreaterThan(roomy.kpi('occupancyGu'));
    expect(crowded.kpi('freePlacesGu')).toBeLessThan(roomy.kpi('freePlacesGu'));
    expect(crowded.kpi('daysOver100')).toBeGreaterThan(0);
    expect(roomy.kpi('daysOver100')).toBe(0);
    expect(crowded.kpi('occupancyEigene')).toBe(0);
  });
});

describe('the Hessian fiscal layer', () => {
  it('loads with a built-in scenario and cites its sources', async () => {
    const { FISKAL_HESSEN_2015 } = await import('../../src/engine/data/fiskal-hessen.ts');
    const { getBuiltinScenario } = await import('../../src/engine/scenario/builtin/index.ts');
    const { parseCitations, isSourceId } = await import('../../src/engine/sources.ts');
    const r = loadScenario({ ...getBuiltinScenario('herbst-2015')!, fiscal: FISKAL_HESSEN_2015 });
    expect(r.ok).toBe(true);
    for (const k of Object.values(FISKAL_HESSEN_2015.kommunen ?? {})) {
      for (const c of parseCitations(k.source ?? '') ?? [{ id: 'no-citation' }]) expect(isSourceId(c.id), c.id).toBe(true);
    }
  });
});
