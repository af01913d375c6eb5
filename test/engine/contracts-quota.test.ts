/** Early release of contracts when occupancy falls, and the Soll/Ist account over a rolling window. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.ts';
import { load, smallScenario } from './helpers.ts';

const D = (r: { days: readonly string[] }) => r.days.length;

/** A wave of arrivals for two months, then nothing: procured places fall empty. */
function wave(procurement: Record<string, unknown>) {
  return smallScenario({
    period: { start: '2024-01-01', end: '2026-06-30' },
    arrivals: { series: { kind: 'monthly', values: { '2024-01': 3000, '2024-02': 3000 } }, noise: 'none' },
    procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'fixed', days: 60 }, protectionRate: 1 }] },
    exits: { afterRecognition: { dist: 'exponential', mean: 60 } },
    accommodation: { kreisPerThousand: { gu: 1 }, gemeindePerThousand: { gu: 1 } },
    procurement: { strategy: 'reaktiv', contractDays: 10, openDays: 20, termDays: 3650, ...procurement },
  });
}

function landCapacity(r: ReturnType<typeof runScenario>, day: number): number {
  return r.series.capacity[day * r.units.length]!;
}

describe('contracts', () => {
  it('without a cancellation rule, procured places stay for their whole term', () => {
    const r = runScenario(load(wave({})));
    const last = D(r) - 1;
    const peak = Math.max(...Array.from({ length: D(r) }, (_, d) => landCapacity(r, d)));
    expect(r.kpis.find((k) => k.id === 'cancelledPlaces')!.value).toBe(0);
    // Erstaufnahme places are constant; everything above them was procured and is still under contract.
    expect(landCapacity(r, last)).toBe(peak);
  });

  it('with cancelBelow, units give notice after the minimum term and the places go after the notice period', () => {
    const r = runScenario(load(wave({ cancelBelow: 0.5, minTermDays: 180, noticeDays: 60 })));
    const last = D(r) - 1;
    const peak = Math.max(...Array.from({ length: D(r) }, (_, d) => landCapacity(r, d)));
    const cancelled = r.kpis.find((k) => k.id === 'cancelledPlaces')!.value;
    expect(cancelled).toBeGreaterThan(0);
    expect(landCapacity(r, last)).toBeLessThan(peak);
    expect(peak - landCapacity(r, last)).toBeLessThanOrEqual(cancelled);
    // No notice before the minimum term: the first release cannot come earlier than open + 180 + 60 days.
    const firstDrop = Array.from({ length: D(r) - 1 }, (_, d) => d + 1).find((d) => landCapacity(r, d) < landCapacity(r, d - 1))!;
    expect(firstDrop).toBeGreaterThanOrEqual(30 + 180 + 60);
    expect(r.log.some((e) => e.kind === 'beschaffung' && e.action === 'gekuendigt')).toBe(true);
  });

  it('the vacancy cost falls when contracts can be released', () => {
    const keep = runScenario(load(wave({})));
    const release = runScenario(load(wave({ cancelBelow: 0.5, minTermDays: 180, noticeDays: 60 })));
    const vac = (r: typeof keep) => r.kpis.find((k) => k.id === 'vacancyCost')!.value;
    expect(vac(release)).toBeLessThan(vac(keep));
  });
});

describe('Soll/Ist over a rolling window', () => {
  /** All direct arrivals go to S1 in January, credited; afterwards asylum arrivals are assigned by quota. */
  const credited = (window?: number) =>
    smallScenario({
      period: { start: '2024-01-01', end: '2024-12-31' },
      arrivals: {
        series: { kind: 'rate', perDay: 20 },
        direct: { series: { kind: 'monthly', values: { '2024-01': 9000 } }, shares: { S1: 1 }, creditQuota: true },
      },
      policies: { weekdays: [1, 2, 3, 4, 5, 6, 7], ...(window === undefined ? {} : { quotaWindowDays: window }) },
    });
  const zuweisungenTo = (r: ReturnType<typeof runScenario>, id: string, from: number, to: number) => {
    const u = r.units.findIndex((x) => x.id === id);
    let s = 0;
    for (let d = from; d < to; d++) s += r.series.zuweisungen[d * r.units.length + u]!;
    return s;
  };

  it('without a window the credit counts for the whole run', () => {
    const r = runScenario(load(credited()));
    expect(zuweisungenTo(r, 'S1', 0, D(r))).toBe(0);
  });

  it('with a window the credit expires and the Kreis receives Zuweisungen again', () => {
    const r = runScenario(load(credited(90)));
    expect(zuweisungenTo(r, 'S1', 0, 60)).toBe(0);
    expect(zuweisungenTo(r, 'S1', 150, D(r))).toBeGreaterThan(0);
  });

  it('an event that sets the window mid-run rebuilds the account from the log', () => {
    const s = credited();
    const r = runScenario(
      load({ ...s, events: [{ date: '2024-07-01', label: { de: 'Fenster', en: 'window' }, set: { 'policies.quotaWindowDays': 60 } }] }),
    );
    const july = r.days.indexOf('2024-07-01');
    expect(zuweisungenTo(r, 'S1', 0, july)).toBe(0);
    expect(zuweisungenTo(r, 'S1', july, D(r))).toBeGreaterThan(0);
  });
});
