/** Moves within a Kreis as the views read them: the engine's per-Kreis sums of the records, and the chart's annotation of the kind. */
import { describe, expect, it } from 'vitest';
import { levelOf } from '../../src/engine/lehre/chart.ts';
import { FLOW_OF_EVENT, flowMeta, kreisinternMoves } from '../../src/engine/metrics/flows.ts';
import { FLOW_KINDS } from '../../src/engine/metrics/result.ts';
import { sim, smallScenario } from './helpers.ts';

describe('moves within a Kreis', () => {
  // As in the engine's behaviour tests: with 'selbst' the Gemeinden take only the Kreis's Notunterkunft overflow.
  const s = sim(
    smallScenario({
      period: { start: '2024-01-01', end: '2024-12-31' },
      arrivals: { series: { kind: 'rate', perDay: 40 }, noise: 'poisson', householdSizes: [0.35, 0.2, 0.15, 0.15, 0.1, 0.05] },
      accommodation: { initialPerThousand: 2, initialErstaufnahme: 400 },
      policies: { kreis: 'selbst' },
    }),
  );
  const { r } = s;
  const last = r.days.length - 1;

  it('sums the records by Kreis and by where the households went', () => {
    const all = kreisinternMoves(r.flows, r.units, 0, last);
    let total = 0;
    for (const k of s.units('kreis')) {
      const gemeinden = r.units.filter((u) => u.parent === k).map((u) => u.id);
      const got = all.get(s.unit(k)) ?? { toKreis: 0, toGemeinden: 0 };
      expect(got.toKreis, k).toBe(s.kreisintern(k, 'in'));
      expect(got.toGemeinden, k).toBe(gemeinden.reduce((a, g) => a + s.kreisintern(g, 'in'), 0));
      total += got.toKreis + got.toGemeinden;
    }
    expect(total).toBeGreaterThan(0);
    expect(all.get(s.unit('K1'))?.toGemeinden).toBeGreaterThan(0);
    // Only Kreise are keys.
    for (const k of all.keys()) expect(r.units[k]?.level).toBe('kreis');
  });

  it('counts each day once: two periods add up to their union, an empty one to nothing', () => {
    const mid = Math.floor(last / 2);
    const whole = kreisinternMoves(r.flows, r.units, 0, last);
    const a = kreisinternMoves(r.flows, r.units, 0, mid);
    const b = kreisinternMoves(r.flows, r.units, mid + 1, last);
    for (const [k, m] of whole) {
      expect((a.get(k)?.toGemeinden ?? 0) + (b.get(k)?.toGemeinden ?? 0)).toBe(m.toGemeinden);
      expect((a.get(k)?.toKreis ?? 0) + (b.get(k)?.toKreis ?? 0)).toBe(m.toKreis);
    }
    expect(kreisinternMoves(r.flows, r.units, 5, 4).size).toBe(0);
  });

  it('takes who answers for them from the household chart: the Landkreis, § 1 LAG', () => {
    const meta = flowMeta('kreisintern')!;
    expect(levelOf(meta.office)).toBe('landkreis');
    expect(meta.office.en).toContain('transfer within the Kreis');
    expect(meta.legalBasis).toEqual(expect.arrayContaining(['§ 1 LAG', '§ 53 AsylG', '§ 2 Abs. 2 S. 2 LAG']));
    expect(new Set(meta.legalBasis).size).toBe(meta.legalBasis.length);
    // A kind whose transitions the chart does not annotate has none.
    expect(flowMeta('zuweisung')).toBeUndefined();
  });

  it('knows an event of the chart for every kind of flow record', () => {
    const recorded = new Set(FLOW_OF_EVENT.values());
    for (const kind of FLOW_KINDS) expect(recorded.has(kind), kind).toBe(true);
  });
});
