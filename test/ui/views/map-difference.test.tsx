/**
 * The map's difference mode ("Was wäre wenn"): per unit the changed value, the original and their difference; a legend
 * domain symmetric around 0 with its unit; a change that makes no difference is 0 everywhere; the tooltip and the text
 * table give both values and the difference.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { NO_WHAT_IF, WhatIfContext } from '../../../src/ui/data/whatIf.tsx';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { diffColour, diffExtent, differences, formatDiff, unitDifference } from '../../../src/ui/views/map/difference.ts';
import { MapView } from '../../../src/ui/views/map/MapView.tsx';
import { chunkOf } from '../chunks.ts';

const g = (id: string, parent: string, lon: number, lat: number): UnitInfo => ({ id, name: `Gemeinde ${id}`, level: 'gemeinde', parent, population: 10000, lon, lat });
const UNITS: UnitInfo[] = [
  { id: 'L', name: 'Testland', level: 'land', parent: null },
  { id: 'eae', name: 'Erstaufnahme Mitte', level: 'erstaufnahme', parent: 'L', hostKreis: 'K1', lon: 9.05, lat: 50.05 },
  { id: 'K1', name: 'Landkreis Nord', level: 'kreis', parent: 'L', kind: 'landkreis', population: 40000, lon: 9.05, lat: 50.05 },
  { id: 'K2', name: 'Landkreis Süd', level: 'kreis', parent: 'L', kind: 'landkreis', population: 40000, lon: 9.05, lat: 49.85 },
  { id: 'S1', name: 'Stadt Ost', level: 'kreis', parent: 'L', kind: 'kreisfreie-stadt', population: 90000, lon: 9.25, lat: 49.95 },
  g('K1-1', 'K1', 9.0, 50.0), g('K1-2', 'K1', 9.1, 50.0), g('K1-3', 'K1', 9.0, 50.1), g('K1-4', 'K1', 9.1, 50.1),
  g('K2-1', 'K2', 9.0, 49.8), g('K2-2', 'K2', 9.1, 49.8), g('K2-3', 'K2', 9.0, 49.9), g('K2-4', 'K2', 9.1, 49.9),
];
const BY_TYPE_UNITS = [0, 1, 2, 3, 4];
const K1 = ['K1-1', 'K1-2', 'K1-3', 'K1-4'];
const K2 = ['K2-1', 'K2-2', 'K2-3', 'K2-4'];

type DayValues = Partial<Record<string, Partial<Record<SeriesKey, number>>>>;
const each = (ids: string[], v: Partial<Record<SeriesKey, number>>) => Object.fromEntries(ids.map((id) => [id, v]));

/** The original: K1 50 %, K2 90 %, S1 150 %, the site at 50 %. */
const ORIGINAL: DayValues = { eae: { present: 500, capacity: 1000 }, ...each(K1, { present: 50, capacity: 100 }), ...each(K2, { present: 90, capacity: 100 }), S1: { present: 150, capacity: 100 } };
/** The changed run: K1 80 % (+120 persons), K2 85 % (−20 persons), S1 and the site unchanged. */
const CHANGED: DayValues = { ...ORIGINAL, ...each(K1, { present: 80, capacity: 100 }), ...each(K2, { present: 85, capacity: 100 }) };

function makeData(day: DayValues, runId = 1): RunData {
  const data = new RunData(runId, 'x', ['2024-01-01', '2024-01-02'], UNITS, BY_TYPE_UNITS);
  const ids = UNITS.map((u) => u.id);
  data.addChunk(chunkOf({ from: 0, to: 2, units: UNITS.length, value: (k, u) => day[ids[u]!]?.[k] ?? 0, byType: { size: BY_TYPE_UNITS.length * TYPES.length } }));
  return data;
}

const at = (data: RunData, id: string) => data.indexById.get(id)!;

function renderWithBaseline(changed: RunData, baseline: RunData | null, lang: Lang = 'de') {
  return render(
    <I18nProvider initial={lang}>
      <WhatIfContext.Provider value={{ ...NO_WHAT_IF, baseline }}>
        <MapView data={changed} version={1} day={1} selected={null} onSelect={vi.fn()} />
      </WhatIfContext.Provider>
    </I18nProvider>,
  );
}

const tile = (container: HTMLElement, id: string) => container.querySelector(`[data-unit="${id}"]`)!;

describe('difference model', () => {
  const original = makeData(ORIGINAL);
  const changed = makeData(CHANGED, 2);

  it('gives per unit the changed value, the original and their difference, in percentage points or persons', () => {
    expect(unitDifference(changed, original, 'belegung', at(changed, 'K1'), 1)).toEqual({ changed: 0.8, original: 0.5, diff: expect.closeTo(30, 9) });
    expect(unitDifference(changed, original, 'belegung', at(changed, 'K2'), 1).diff).toBeCloseTo(-5, 9);
    expect(unitDifference(changed, original, 'personen', at(changed, 'K1'), 1)).toEqual({ changed: 320, original: 200, diff: 120 });
    expect(unitDifference(changed, original, 'personen', at(changed, 'S1'), 1).diff).toBe(0);
    // A Gemeinde on its own.
    expect(unitDifference(changed, original, 'personen', at(changed, 'K2-3'), 1).diff).toBe(-5);
  });

  it('spans a legend domain symmetric around 0 that holds the largest difference, on a diverging scale', () => {
    const all = differences(changed, original, 'belegung', changed.kreise, 1);
    const m = diffExtent([...all.values()].map((d) => d.diff));
    expect(m).toBeGreaterThanOrEqual(30);
    expect(m).toBeLessThan(60);
    expect(diffExtent([-7, 3])).toBe(diffExtent([7, -3]));
    // The ends differ in hue, 0 is the neutral middle, and the scale is clamped beyond its ends.
    expect(diffColour(m, m)).not.toBe(diffColour(-m, m));
    expect(diffColour(0, m)).toBe(diffColour(0, 1));
    expect(diffColour(2 * m, m)).toBe(diffColour(m, m));
    expect(diffColour(Number.NaN, m)).toBe('#d9d9d9');
    // More is orange-brown (red above blue), less is purple (blue above red).
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r1, , b1] = rgb(diffColour(m, m));
    const [r2, , b2] = rgb(diffColour(-m, m));
    expect(r1!).toBeGreaterThan(b1!);
    expect(b2!).toBeGreaterThan(r2!);
  });

  it('is 0 everywhere for a change that makes no difference', () => {
    const same = makeData(ORIGINAL, 3);
    for (const measure of ['belegung', 'personen'] as const) {
      const all = differences(same, original, measure, [...same.kreise, ...same.gemeinden, ...same.sites], 1);
      expect([...all.values()].map((d) => d.diff)).toEqual(new Array(all.size).fill(0));
      expect(diffExtent([...all.values()].map((d) => d.diff))).toBe(1);
    }
  });

  it('writes a difference with its sign and unit', () => {
    expect(formatDiff('de', 'belegung', 7.25, 'Prozentpunkte')).toBe('+7,3\u00a0Prozentpunkte');
    expect(formatDiff('en', 'personen', -120, 'persons')).toBe('−120\u00a0persons');
    expect(formatDiff('de', 'personen', 0, 'Personen')).toBe('±0\u00a0Personen');
  });
});

describe('map in difference mode', () => {
  it('colours the Kreise by the difference, with a symmetric legend in Prozentpunkte, and switches to persons', () => {
    const { container } = renderWithBaseline(makeData(CHANGED, 2), makeData(ORIGINAL));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Was wäre wenn: Differenz der Belegung');
    expect(Number(tile(container, 'K1').getAttribute('data-diff'))).toBeCloseTo(30, 6);
    expect(Number(tile(container, 'K2').getAttribute('data-diff'))).toBeCloseTo(-5, 6);
    expect(tile(container, 'S1').getAttribute('data-diff')).toBe('0');
    expect(tile(container, 'K1').getAttribute('fill')).not.toBe(tile(container, 'K2').getAttribute('fill'));
    // No over-capacity hatching: the colour is the difference.
    expect(container.querySelectorAll('[data-over="true"]')).toHaveLength(0);
    const legend = container.querySelector('.map-legend-diff') as HTMLElement;
    expect(within(legend).getByRole('heading').textContent).toBe('Differenz in Prozentpunkte');
    const ticks = [...legend.querySelectorAll('.map-legend-ticks text')].map((t) => t.textContent!);
    expect(ticks[0]!.startsWith('−')).toBe(true);
    expect(ticks.at(-1)!.startsWith('+')).toBe(true);
    expect(ticks[0]!.slice(1)).toBe(ticks.at(-1)!.slice(1));
    expect(ticks[1]).toBe('±0,0\u00a0Pp.');
    expect(Number(legend.dataset.extent)).toBeGreaterThanOrEqual(30);

    fireEvent.click(screen.getByRole('radio', { name: 'Personen' }));
    expect(tile(container, 'K1').getAttribute('data-diff')).toBe('120');
    expect(within(container.querySelector('.map-legend-diff') as HTMLElement).getByRole('heading').textContent).toBe('Differenz in Personen');

    // Back to occupancy of the changed run.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Differenz zum Original' }));
    expect(tile(container, 'K1').getAttribute('data-diff')).toBeNull();
    expect(container.querySelector('.map-legend-diff')).toBeNull();
    expect(container.querySelector('[data-unit="S1"][data-over="true"]')).not.toBeNull();
  });

  it('gives both values and the difference in the tooltip and in the text table', () => {
    const { container } = renderWithBaseline(makeData(CHANGED, 2), makeData(ORIGINAL), 'en');
    fireEvent.focus(tile(container, 'K1'));
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('occupancy: Original50\u00a0%');
    expect(tip.textContent).toContain('occupancy: Changed80\u00a0%');
    expect(tip.textContent).toContain('Difference+30.0\u00a0percentage points');
    const table = container.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(expect.arrayContaining(['occupancy: Original', 'occupancy: Changed', 'Difference']));
    const row = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent === 'Landkreis Nord')!;
    expect(row.textContent).toContain('+30.0\u00a0percentage points');
  });

  it('looks as before without a change on screen', () => {
    const { container } = renderWithBaseline(makeData(CHANGED, 2), null);
    expect(screen.queryByRole('checkbox', { name: 'Differenz zum Original' })).toBeNull();
    expect(container.querySelector('[data-diff]')).toBeNull();
    expect(container.querySelector('.map-legend-diff')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Belegung der Kreise');
  });
});
