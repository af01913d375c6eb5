/** The benchmark scenario: Hessen at Gemeinde resolution over six years (2014–2019), ≈ 200,000 arrivals. */
import { herbst2015 } from '../src/engine/scenario/builtin/herbst-2015.ts';
import type { ScenarioInput } from '../src/engine/scenario/schema.ts';

/** Monthly arrivals shaped like 2014–2019 (published figures, see docs/sources.md: 2014 ≈ 17,500; 2015 ≈ 110,000; 2016 ≈ 24,600; 2017 ≈ 12,000; 2018 ≈ 10,000; 2019 ≈ 8,500). */
function arrivals(): Record<string, number> {
  const perYear: Record<number, number[]> = {
    2014: Array(12).fill(1460),
    2015: [2300, 3500, 7200, 7500, 7500, 6500, 8000, 7640, 12000, 13250, 15100, 8900],
    2016: [6823, 5165, 2110, ...Array(9).fill(1170)],
    2017: Array(12).fill(1000),
    2018: Array(12).fill(830),
    2019: Array(12).fill(710),
  };
  const out: Record<string, number> = {};
  for (const [y, months] of Object.entries(perYear)) {
    months.forEach((v, i) => (out[`${y}-${String(i + 1).padStart(2, '0')}`] = v));
  }
  return out;
}

export const benchScenario: ScenarioInput = {
  ...herbst2015,
  id: 'bench-hessen-2014-2019',
  name: { de: 'Benchmark Hessen 2014–2019', en: 'Benchmark Hessen 2014–2019' },
  period: { start: '2014-01-01', end: '2019-12-31' },
  arrivals: { ...herbst2015.arrivals, series: { kind: 'monthly', values: arrivals() } },
  erstaufnahme: {
    ...herbst2015.erstaufnahme,
    sites: herbst2015.erstaufnahme.sites.map((s) => ({ ...s, capacity: [{ ...s.capacity[0]!, from: '2014-01-01' }, ...s.capacity.slice(1)] })),
  },
};
