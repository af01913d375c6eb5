/** The Karte view on a small hand-made run: Kreis paths, colours, over-capacity style, tooltip, selection. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
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
const U = UNITS.length;
const BY_TYPE_UNITS = [0, 1, 2, 3, 4];

type DayValues = Partial<Record<string, Partial<Record<SeriesKey, number>>>>;

/** Two days: on day 0 K1 50 %, K2 90 %, S1 150 % (30 in Notunterkunft); on day 1 K1 80 %. */
const DAY0: DayValues = {
  eae: { present: 500, capacity: 1000 },
  ...Object.fromEntries(['K1-1', 'K1-2', 'K1-3', 'K1-4'].map((id) => [id, { present: 50, capacity: 100 }])),
  ...Object.fromEntries(['K2-1', 'K2-2', 'K2-3', 'K2-4'].map((id) => [id, { present: 90, capacity: 100 }])),
  S1: { present: 150, capacity: 100, notunterkunft: 30 },
};
const DAY1: DayValues = { ...DAY0, ...Object.fromEntries(['K1-1', 'K1-2', 'K1-3', 'K1-4'].map((id) => [id, { present: 80, capacity: 100 }])) };

function makeData(days: DayValues[] = [DAY0, DAY1]): RunData {
  const data = new RunData(1, 'x', days.map((_, d) => `2024-01-0${d + 1}`), UNITS, BY_TYPE_UNITS);
  const byId = UNITS.map((u) => u.id);
  data.addChunk(
    chunkOf({
      from: 0,
      to: days.length,
      units: U,
      value: (k, u, d) => days[d]?.[byId[u]!]?.[k] ?? 0,
      byType: { size: BY_TYPE_UNITS.length * TYPES.length },
    }),
  );
  return data;
}

function renderMap(props: { data?: RunData; day?: number; selected?: string | null; lang?: Lang; onSelect?: (id: string | null) => void } = {}) {
  const data = props.data ?? makeData();
  const onSelect = props.onSelect ?? vi.fn();
  const ui = (day: number, selected: string | null) => (
    <I18nProvider initial={props.lang ?? 'de'}>
      <MapView data={data} version={1} day={day} selected={selected} onSelect={onSelect} />
    </I18nProvider>
  );
  const r = render(ui(props.day ?? 0, props.selected ?? null));
  return { ...r, data, onSelect, rerenderAt: (day: number, selected: string | null = null) => r.rerender(ui(day, selected)) };
}

const kreisPath = (container: HTMLElement, id: string) => container.querySelector<SVGPathElement>(`path.map-kreis[data-unit="${id}"]`)!;

describe('MapView', () => {
  it('draws one path per Kreis with an accessible name', () => {
    const { container } = renderMap();
    const paths = container.querySelectorAll('path.map-kreis');
    expect(paths).toHaveLength(3);
    expect(screen.getByRole('button', { name: /^Landkreis Nord: Belegung 50\s%$/ })).toBe(kreisPath(container, 'K1'));
    expect(screen.getByRole('button', { name: /^Landkreis Süd: Belegung 90\s%$/ })).toBe(kreisPath(container, 'K2'));
    expect(screen.getByRole('button', { name: /^Stadt Ost: Belegung 150\s% – überbelegt$/ })).toBe(kreisPath(container, 'S1'));
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M[\d.,]+/);
    expect(screen.getByRole('group', { name: /Karte der Belegung/ })).toBeInTheDocument();
  });

  it('colours Kreise by occupancy and marks over-capacity with its own style', () => {
    const { container } = renderMap();
    const fills = ['K1', 'K2', 'S1'].map((id) => kreisPath(container, id).getAttribute('fill'));
    expect(new Set(fills).size).toBe(3);
    expect(kreisPath(container, 'S1')).toHaveAttribute('data-over', 'true');
    expect(kreisPath(container, 'S1')).toHaveClass('map-over');
    expect(kreisPath(container, 'K2')).not.toHaveAttribute('data-over');
    expect(kreisPath(container, 'K2')).not.toHaveClass('map-over');
    // Hatching and a bold outline over the one Kreis above 100 %.
    const over = container.querySelectorAll('.map-over-layer path');
    expect(over).toHaveLength(2);
    expect(over[0]!.getAttribute('fill')).toMatch(/^url\(#/);
    expect(over[1]).toHaveClass('map-over-outline');
  });

  it('re-colours on a new day without touching the geometry', () => {
    const { container, rerenderAt } = renderMap();
    const before = kreisPath(container, 'K1');
    const fill0 = before.getAttribute('fill');
    const d0 = before.getAttribute('d');
    rerenderAt(1);
    const after = kreisPath(container, 'K1');
    expect(after).toBe(before);
    expect(after.getAttribute('fill')).not.toBe(fill0);
    expect(after.getAttribute('d')).toBe(d0);
    expect(after).toHaveAccessibleName(/Belegung 80\s%/);
  });

  it('shows a tooltip with numbers and units on hover', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(kreisPath(container, 'S1'));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Stadt Ost');
    expect(tip).toHaveTextContent('kreisfreie Stadt');
    expect(tip).toHaveTextContent('Belegung150 % – überbelegt');
    expect(tip).toHaveTextContent('Personen (inkl. Notunterkunft)150 Pers.');
    expect(tip).toHaveTextContent('Reguläre Plätze100 Plätze');
    expect(tip).toHaveTextContent('In Notunterkunft30 Pers.');
    expect(kreisPath(container, 'S1')).toHaveAttribute('aria-describedby', tip.id);
    await user.unhover(kreisPath(container, 'S1'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('counts a Landkreis with its Gemeinden in the tooltip', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    await user.hover(kreisPath(container, 'K1'));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Landkreis, mit seinen Gemeinden');
    expect(tip).toHaveTextContent('200 Pers.');
    expect(tip).toHaveTextContent('400 Plätze');
    expect(tip).toHaveTextContent('50 %');
  });

  it('names the overflow a Landkreis with its Gemeinden hides: persons in Notunterkunft, units over 100 %', async () => {
    // K2 at 90 % in all: one Gemeinde over 100 % with people in Notunterkunft, the Kreis's own places empty.
    const day: DayValues = {
      ...DAY0,
      K2: { present: 0, capacity: 60 },
      'K2-1': { present: 130, capacity: 100, notunterkunft: 30 },
      'K2-2': { present: 100, capacity: 100 },
    };
    const user = userEvent.setup();
    const { container } = renderMap({ data: makeData([day]) });
    await user.hover(kreisPath(container, 'K2'));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('In Notunterkunft30 Pers.');
    expect(tip).toHaveTextContent('Einheiten über 100 %1 von 5');
    await user.unhover(kreisPath(container, 'K2'));
    // A kreisfreie Stadt is one unit: no count of units.
    await user.hover(kreisPath(container, 'S1'));
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('Einheiten über 100 %');
    const table = screen.getByRole('table', { name: /Belegung am/ });
    expect(within(table).getByRole('rowheader', { name: 'Landkreis Süd' }).closest('tr')).toHaveTextContent('1 von 5');
    expect(screen.getByRole('complementary', { name: 'Legende' })).toHaveTextContent('verdecken Überbelegung');
  });

  it('shows the tooltip on keyboard focus, hides it with Escape, selects with Enter', async () => {
    const user = userEvent.setup();
    const { container, onSelect } = renderMap();
    await user.tab();
    // The first focusable element is the first radio of the colour toggle; tab on to the first Kreis.
    while (!(document.activeElement instanceof SVGElement)) await user.tab();
    const focused = document.activeElement as SVGPathElement;
    expect(focused).toHaveClass('map-kreis');
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(UNITS.find((u) => u.id === focused.dataset.unit)!.name);
    expect(tip).toHaveTextContent('Plätze');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(focused.dataset.unit);
    expect(container.querySelector('.map-focus-outline')).toBeNull();
  });

  it('calls onSelect with the id on click and outlines the selected unit', async () => {
    const user = userEvent.setup();
    const { container, onSelect, rerenderAt } = renderMap();
    await user.click(kreisPath(container, 'K2'));
    expect(onSelect).toHaveBeenCalledWith('K2');
    expect(container.querySelector('.map-selected')).toBeNull();
    rerenderAt(0, 'K2');
    expect(container.querySelector('.map-selected')).toHaveAttribute('data-unit', 'K2');
    expect(kreisPath(container, 'K2')).toHaveAttribute('aria-current', 'true');
    expect(kreisPath(container, 'K1')).not.toHaveAttribute('aria-current');
  });

  it('keeps Space and Enter on a Kreis from reaching the app shortcuts', () => {
    const { container, onSelect } = renderMap();
    const onKey = vi.fn();
    window.addEventListener('keydown', onKey);
    fireEvent.keyDown(kreisPath(container, 'K1'), { key: ' ' });
    window.removeEventListener('keydown', onKey);
    expect(onSelect).toHaveBeenCalledWith('K1');
    expect(onKey).not.toHaveBeenCalled();
  });

  it('marks the Erstaufnahme site with a tooltip of its own', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderMap();
    const site = screen.getByRole('button', { name: /^Erstaufnahme Mitte: 500\sPers\., Belegung 50\s%$/ });
    await user.hover(site);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Erstaufnahme in Landkreis Nord');
    expect(tip).toHaveTextContent('1.000 Plätze');
    await user.click(site);
    expect(onSelect).toHaveBeenCalledWith('eae');
    expect(screen.getByText(/Erstaufnahme \(Fläche ∝ Personen/)).toBeInTheDocument();
  });

  it('speaks English with lang="en"', async () => {
    const user = userEvent.setup();
    const { container } = renderMap({ lang: 'en' });
    expect(kreisPath(container, 'S1')).toHaveAccessibleName(/^Stadt Ost: Occupancy 150\s% – over capacity$/);
    await user.hover(kreisPath(container, 'S1'));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Occupancy150 % – over capacity');
    expect(tip).toHaveTextContent('Regular places100 places');
    expect(tip).toHaveTextContent('In emergency shelters30 persons');
  });

  it('colours Gemeinden individually on request', async () => {
    const user = userEvent.setup();
    const { container } = renderMap({ day: 1 });
    await user.click(screen.getByRole('radio', { name: 'Gemeinden' }));
    // 8 Gemeinden and the kreisfreie Stadt.
    expect(container.querySelectorAll('path.map-gemeinde')).toHaveLength(9);
    expect(kreisPath(container, 'K1')).toHaveAttribute('fill', 'transparent');
    await user.hover(container.querySelector('path.map-gemeinde[data-unit="K1-2"]')!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Gemeinde in Landkreis Nord');
    expect(screen.getByRole('tooltip')).toHaveTextContent('80 %');
  });

  it('offers a table of all Kreise and sites as a text alternative', () => {
    renderMap();
    const table = screen.getByRole('table', { name: /Belegung am 01\.01\.2024/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(within(table).getByRole('rowheader', { name: 'Stadt Ost' }).closest('tr')).toHaveTextContent('150 % – überbelegt');
  });

  it('has a legend with percent ticks', () => {
    renderMap();
    const legend = screen.getByRole('complementary', { name: 'Legende' });
    expect(legend).toHaveTextContent('0 %');
    expect(legend).toHaveTextContent('100 %');
    expect(legend).toHaveTextContent('≥ 150 %');
    expect(legend).toHaveTextContent('über 100 %: überbelegt');
  });

  it('drops a tooltip when a new run arrives', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const view = (data: RunData) => (
      <I18nProvider initial="de">
        <MapView data={data} version={1} day={0} selected={null} onSelect={onSelect} />
      </I18nProvider>
    );
    const { container, rerender } = render(view(makeData()));
    await user.hover(kreisPath(container, 'S1'));
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    rerender(view(makeData([DAY0])));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('falls back to the table for a region without coordinates', () => {
    const units = UNITS.map(({ lon: _lon, lat: _lat, ...u }) => u);
    const data = new RunData(2, 'y', ['2024-01-01'], units, BY_TYPE_UNITS);
    render(
      <I18nProvider initial="de">
        <MapView data={data} version={0} day={0} selected={null} onSelect={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByText(/keine Koordinaten/)).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(document.querySelector('path.map-kreis')).toBeNull();
  });

  it('is one tab stop: Tab enters the map on one unit and leaves it with the next Tab', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const svg = container.querySelector('svg.map-svg')!;
    const units = svg.querySelectorAll('[role=button]');
    expect(units).toHaveLength(4); // three Kreise and the Erstaufnahme
    expect([...svg.querySelectorAll('[tabindex="0"]')]).toEqual([kreisPath(container, 'K1')]);
    while (!(document.activeElement instanceof SVGElement)) await user.tab();
    expect(document.activeElement).toBe(kreisPath(container, 'K1'));
    await user.tab();
    expect(svg.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(kreisPath(container, 'K1'));
  });

  it('moves between units with the arrow keys, Home and End, and remembers the last one as the tab stop', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const onKey = vi.fn();
    window.addEventListener('keydown', onKey);
    // Anchors in the fixture: K1 north-west, K2 south-west, S1 east, the Erstaufnahme just south-east of K1's.
    act(() => kreisPath(container, 'K2').focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(kreisPath(container, 'S1'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Stadt Ost');
    await user.keyboard('{ArrowRight}'); // nothing lies further east: focus stays
    expect(document.activeElement).toBe(kreisPath(container, 'S1'));
    const site = container.querySelector<SVGPathElement>('path.map-site')!;
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(site);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(kreisPath(container, 'K1'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(site);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(kreisPath(container, 'K1'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(site);
    window.removeEventListener('keydown', onKey);
    // The arrows belong to the map here, not to the day-stepping shortcuts of the page.
    expect(onKey).not.toHaveBeenCalled();
    act(() => site.blur());
    expect([...container.querySelectorAll('svg [tabindex="0"]')]).toEqual([site]);
  });

  it('makes the selected unit the tab stop until another unit has had focus', () => {
    const { container, rerenderAt } = renderMap({ selected: 'K2' });
    expect([...container.querySelectorAll('svg [tabindex="0"]')]).toEqual([kreisPath(container, 'K2')]);
    act(() => kreisPath(container, 'S1').focus());
    rerenderAt(0, 'K2');
    expect([...container.querySelectorAll('svg [tabindex="0"]')]).toEqual([kreisPath(container, 'S1')]);
  });

  it('shows and hides the tooltip with focus and blur', () => {
    const { container } = renderMap();
    act(() => kreisPath(container, 'K1').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Landkreis Nord');
    act(() => kreisPath(container, 'K1').blur());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
