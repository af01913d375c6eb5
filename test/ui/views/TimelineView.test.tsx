/** Zeitverlauf view in jsdom: figures and captions, the shared cursor, value legends, Kreis selection, seeking, zoom. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunControl } from '../../../src/ui/app/context.tsx';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { NO_WHAT_IF, WhatIfContext } from '../../../src/ui/data/whatIf.tsx';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { TimelineView } from '../../../src/ui/views/timeline/TimelineView.tsx';
import type { Chunk } from '../../../src/worker/protocol.ts';
import { chunkOf } from '../chunks.ts';

const UNITS: UnitInfo[] = [
  { id: 'HE', name: 'Hessen', level: 'land', parent: null },
  { id: 'EAE-GI', name: 'Gießen', level: 'erstaufnahme', parent: 'HE' },
  { id: 'EAE-BÜ', name: 'Büdingen', level: 'erstaufnahme', parent: 'HE' },
  { id: '06411', name: 'Darmstadt', level: 'kreis', parent: 'HE' },
  { id: '06531', name: 'Landkreis Gießen', level: 'kreis', parent: 'HE' },
  { id: '065310001', name: 'Allendorf (Lumda)', level: 'gemeinde', parent: '06531' },
];
const D = 10;
const DAYS = Array.from({ length: D }, (_, d) => `2015-10-${String(d + 1).padStart(2, '0')}`);

/** Value of a series for unit u on day d in the test run. */
function value(key: SeriesKey, u: number, d: number): number {
  const table: Partial<Record<SeriesKey, (number | ((d: number) => number))[]>> = {
    arrived: [(d) => 100 + 10 * d],
    present: [5000, (d) => 1000 + d, 500, 90, 50, 70],
    capacity: [4000, 1200, 400, 100, 50, 50],
    notunterkunft: [250, 0, 100],
    statuswechsler: [(d) => 20 + d],
    cost: [1_500_000],
    pauschale: [1_000_000],
  };
  const v = table[key]?.[u] ?? 0;
  return typeof v === 'function' ? v(d) : v;
}

/** A day-major chunk as the worker sends it (src/worker/protocol.ts). */
function chunk(from: number, to: number): Chunk {
  return chunkOf({ from, to, units: UNITS.length, value, byType: { size: 5 * TYPES.length } });
}

function makeData(available = 8): RunData {
  const data = new RunData(1, 'test', DAYS, UNITS, [0, 1, 2, 3, 4]);
  data.addChunk(chunk(0, available));
  return data;
}

type Actor = ReturnType<typeof RunControl.useActorRef>;

function setup({ day = 3, lang = 'de' as Lang, data = makeData(), selected = null as string | null } = {}) {
  const onSelect = vi.fn();
  const actorRef: { current: Actor | null } = { current: null };
  function Probe() {
    actorRef.current = RunControl.useActorRef();
    return null;
  }
  const ui = (d: number, version: number) => (
    <I18nProvider initial={lang}>
      <RunControl.Provider>
        <Probe />
        <TimelineView data={data} version={version} day={d} selected={selected} onSelect={onSelect} />
      </RunControl.Provider>
    </I18nProvider>
  );
  const view = render(ui(day, 1));
  const actor = actorRef.current!;
  act(() => {
    actor.send({ type: 'data.started', total: data.D });
    actor.send({ type: 'data.progress', available: data.available });
  });
  return { ...view, data, actor, onSelect, rerenderAt: (d: number, version = 1) => view.rerender(ui(d, version)) };
}

const text = (el: Element) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

describe('TimelineView', () => {
  it('shows every chart as a figure with a caption and an SVG text alternative', () => {
    setup();
    for (const name of [
      /Übersicht: Personen in Hessen/,
      /Zugänge in Hessen je Tag/,
      /Erstaufnahme: Belegung und Plätze/,
      /Belegung der Kreise und kreisfreien Städte/,
      /Notunterkunft und Statuswechsler/,
      /Unterbringungskosten und Pauschalen/,
    ]) {
      const figure = screen.getByRole('figure', { name });
      expect(figure.querySelector('figcaption')).not.toBeNull();
    }
    const arrivals = screen.getByRole('figure', { name: /Zugänge in Hessen je Tag/ });
    const img = within(arrivals).getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(/höchstens 170 Personen\/Tag am 08\.10\.2015/);
    // The y axis names its unit.
    expect(text(arrivals.querySelector('.chart-unit')!)).toBe('Personen/Tag');
    // The charts area is focusable for the app's ←/→ keys.
    expect(screen.getByRole('group', { name: /Zeitverlauf-Diagramme/ })).toHaveAttribute('tabindex', '0');
  });

  it('draws the cursor at the day in every chart and moves it', () => {
    const { container, rerenderAt } = setup({ day: 3 });
    const cursors = () => [...container.querySelectorAll('.chart-cursor')];
    // overview, four charts, two Kreis small multiples
    expect(cursors()).toHaveLength(7);
    expect(cursors().every((c) => c.getAttribute('data-day') === '3')).toBe(true);
    const arrivals = screen.getByRole('figure', { name: /Zugänge in Hessen je Tag/ });
    const hit = arrivals.querySelector('.chart-hit')!;
    const cursor = arrivals.querySelector('.chart-cursor')!;
    const w = Number(hit.getAttribute('width'));
    expect(Number(cursor.getAttribute('x1'))).toBeCloseTo((3 / 9) * w, 0);
    rerenderAt(6);
    expect(cursors().every((c) => c.getAttribute('data-day') === '6')).toBe(true);
    expect(Number(arrivals.querySelector('.chart-cursor')!.getAttribute('x1'))).toBeCloseTo((6 / 9) * w, 0);
  });

  it('shows the values at the cursor with units', () => {
    setup({ day: 3 });
    const legend = (name: RegExp) => text(screen.getByRole('figure', { name }).querySelector('.chart-legend')!);
    expect(legend(/Zugänge in Hessen/)).toContain('Zugänge: 130 Personen/Tag');
    // Day 0 holds the initial stock and is left out of the drawing and the mean: (110 + 120 + 130) ÷ 3.
    expect(legend(/Zugänge in Hessen/)).toContain('7-Tage-Mittel: 120 Personen/Tag');
    expect(legend(/Erstaufnahme/)).toContain('Erstaufnahme: 1.503 Personen / 1.600 Plätze');
    expect(legend(/Erstaufnahme/)).toContain('davon in Notunterkunft: 100 Personen');
    expect(legend(/Notunterkunft und Statuswechsler/)).toContain('in Notunterkunft: 250 Personen');
    expect(legend(/Notunterkunft und Statuswechsler/)).toContain('Statuswechsler: 23 Personen');
    expect(legend(/Unterbringungskosten/)).toContain('Unterbringungskosten: 1,5 Mio. € je Tag');
    expect(legend(/Unterbringungskosten/)).toContain('Pauschalen des Landes: 1,0 Mio. € je Tag');
    // Kreis occupancy incl. Gemeinden: (50 + 70) ÷ (50 + 50).
    expect(screen.getByRole('button', { name: /^Landkreis Gießen 120\s% belegt$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Darmstadt 90\s% belegt$/ })).toBeInTheDocument();
  });

  it('leaves day 0 (the initial stock, counted as arrivals) out of the arrivals chart and says so', () => {
    setup({ day: 0 });
    const figure = screen.getByRole('figure', { name: /Zugänge in Hessen je Tag/ });
    expect(text(figure.querySelector('.chart-legend')!)).toContain('01.10.2015 ausgeblendet: enthält den Anfangsbestand (100 Personen)');
    expect(text(figure.querySelector('.chart-legend')!)).toContain('Zugänge: 100 Personen/Tag (einschließlich Anfangsbestand)');
    // The area starts at day 1: x = 1/9 of the width.
    const w = Number(figure.querySelector('.chart-hit')!.getAttribute('width'));
    const d = figure.querySelector('path.tl-arrived')!.getAttribute('d')!;
    expect(Number(/^M([\d.]+),/.exec(d)![1])).toBeCloseTo(w / 9, 0);
  });

  it('switches the cost chart to cumulative values and labels it', () => {
    setup({ day: 3 });
    const figure = screen.getByRole('figure', { name: /Unterbringungskosten/ });
    fireEvent.click(within(figure).getByRole('button', { name: 'kumuliert' }));
    expect(within(figure).getByRole('button', { name: 'kumuliert' })).toHaveAttribute('aria-pressed', 'true');
    expect(text(figure.querySelector('figcaption')!)).toMatch(/kumuliert seit Beginn/);
    expect(text(figure.querySelector('.chart-unit')!)).toBe('€ kumuliert');
    expect(text(figure.querySelector('.chart-legend')!)).toContain('Unterbringungskosten: 6,0 Mio. €');
  });

  it('selects a Kreis when its small multiple is clicked', () => {
    const { onSelect } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Landkreis Gießen/ }));
    expect(onSelect).toHaveBeenCalledWith('06531');
  });

  it('marks the selected Kreis (or the Kreis of a selected Gemeinde); pressing it again clears the selection', () => {
    const first = setup({ selected: '06531' });
    const button = screen.getByRole('button', { name: /^Landkreis Gießen/ });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Darmstadt/ })).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    expect(first.onSelect).toHaveBeenCalledWith(null);
    first.unmount();

    const second = setup({ selected: '065310001' });
    const parent = screen.getByRole('button', { name: /^Landkreis Gießen/ });
    expect(parent).toHaveAttribute('aria-pressed', 'false');
    expect(parent).toHaveClass('tl-parent-selected');
    fireEvent.click(parent);
    expect(second.onSelect).toHaveBeenCalledWith('06531');
  });

  it('seeks the run control when a chart is pressed', () => {
    const { actor } = setup({ day: 3 });
    const figure = screen.getByRole('figure', { name: /Notunterkunft und Statuswechsler/ });
    const hit = figure.querySelector('.chart-hit')!;
    const w = Number(hit.getAttribute('width'));
    expect(actor.getSnapshot().context.position).toBe(0);
    act(() => {
      fireEvent.pointerDown(hit, { clientX: (5 / 9) * w, button: 0, pointerId: 1 });
    });
    expect(actor.getSnapshot().context.position).toBe(5);
    // Dragging keeps seeking; beyond the computed days it stops at the last one.
    act(() => {
      fireEvent.pointerMove(hit, { clientX: w, pointerId: 1 });
      fireEvent.pointerUp(hit, { clientX: w, pointerId: 1 });
    });
    expect(actor.getSnapshot().context.position).toBe(7);
  });

  it('draws only the computed days and grows with the stream', () => {
    const data = makeData(4);
    const { container, rerenderAt } = setup({ data, day: 2 });
    const arrivals = () => screen.getByRole('figure', { name: /Zugänge in Hessen je Tag/ });
    const unavailable = () => Number(arrivals().querySelector('.chart-unavailable')!.getAttribute('x'));
    const before = unavailable();
    data.addChunk(chunk(4, 10));
    rerenderAt(9, 2);
    expect(arrivals().querySelector('.chart-unavailable')).toBeNull();
    expect(before).toBeGreaterThan(0);
    expect(text(arrivals().querySelector('.chart-legend')!)).toContain('Zugänge: 190 Personen/Tag');
    expect(container.querySelectorAll('.chart-cursor[data-day="9"]').length).toBe(7);
  });

  it('zooms all charts by brushing the overview and resets', () => {
    const { container } = setup({ day: 3 });
    const overview = screen.getByRole('figure', { name: /Übersicht/ });
    const reset = within(overview).getByRole('button', { name: 'Ganzer Zeitraum' });
    expect(reset).toBeDisabled();
    const overlay = overview.querySelector('.chart-brush .overlay')!;
    expect(overlay).not.toBeNull();
    const w = Number(overlay.getAttribute('width'));
    // jsdom refuses `view` in the MouseEvent constructor; d3-brush reads it to follow the drag on the window.
    const mouse = (type: string, x: number) => {
      const e = new MouseEvent(type, { clientX: x, clientY: 10, button: 0, bubbles: true, cancelable: true });
      Object.defineProperty(e, 'view', { value: window });
      return e;
    };
    act(() => {
      overlay.dispatchEvent(mouse('mousedown', (2 / 9) * w));
      window.dispatchEvent(mouse('mousemove', (6 / 9) * w));
      window.dispatchEvent(mouse('mouseup', (6 / 9) * w));
    });
    expect(reset).toBeEnabled();
    expect(container.querySelector('.chart-brush .selection')!.getAttribute('style') ?? '').not.toMatch(/display: none/);
    expect(text(overview)).toContain('Ausschnitt 03.10.2015 – 07.10.2015');
    // The cursor (day 3) is now at (3 − 2) / (6 − 2) of each chart's width.
    const arrivals = screen.getByRole('figure', { name: /Zugänge in Hessen je Tag/ });
    const hitW = Number(arrivals.querySelector('.chart-hit')!.getAttribute('width'));
    expect(Number(arrivals.querySelector('.chart-cursor')!.getAttribute('x1'))).toBeCloseTo(hitW / 4, 0);
    // Double-click in a chart resets the zoom.
    act(() => {
      fireEvent.doubleClick(arrivals.querySelector('.chart-hit')!);
    });
    expect(reset).toBeDisabled();
    expect(Number(arrivals.querySelector('.chart-cursor')!.getAttribute('x1'))).toBeCloseTo((3 / 9) * hitW, 0);
    // …and clears the brush drawn in the overview.
    expect(container.querySelector('.chart-brush .selection')!.getAttribute('style')).toMatch(/display: none/);
  });

  it('speaks English when the UI does', () => {
    setup({ lang: 'en', day: 3 });
    expect(screen.getByRole('figure', { name: /Arrivals in Hessen per day/ })).toBeInTheDocument();
    const eae = screen.getByRole('figure', { name: /Erstaufnahme \(initial reception\)/ });
    expect(text(eae.querySelector('.chart-legend')!)).toContain('Erstaufnahme: 1,503 persons / 1,600 places');
    expect(screen.getByRole('button', { name: /^Landkreis Gießen 120\s% occupied$/ })).toBeInTheDocument();
    expect(text(screen.getByRole('figure', { name: /Accommodation cost/ }).querySelector('.chart-unit')!)).toBe('EUR/day');
  });

  it('draws the original run of a what-if as a grey dashed line beside the changed one, with a legend entry', () => {
    const changed = makeData();
    // The original: 300 more persons in Notunterkunft.
    const original = new RunData(2, 'test', DAYS, UNITS, [0, 1, 2, 3, 4]);
    original.addChunk(chunkOf({ from: 0, to: D, units: UNITS.length, value: (k, u, d) => value(k, u, d) + (k === 'notunterkunft' && u === 0 ? 300 : 0), byType: { size: 5 * TYPES.length } }));
    const ui = (baseline: RunData | null) => (
      <I18nProvider initial="de">
        <RunControl.Provider>
          <WhatIfContext.Provider value={{ ...NO_WHAT_IF, baseline }}>
            <TimelineView data={changed} version={1} day={3} selected={null} onSelect={vi.fn()} />
          </WhatIfContext.Provider>
        </RunControl.Provider>
      </I18nProvider>
    );
    const { container, rerender } = render(ui(original));
    const nu = screen.getByRole('figure', { name: /Notunterkunft und Statuswechsler/ });
    const lines = nu.querySelectorAll('path.chart-line');
    expect(lines).toHaveLength(3);
    const base = nu.querySelector('path.tl-base')!;
    expect(base.getAttribute('d')).not.toBe(nu.querySelector('path.tl-nu')!.getAttribute('d'));
    expect(text(nu.querySelector('.chart-legend')!)).toContain('Original (grau gestrichelt): in Notunterkunft: 550 Personen');
    expect(nu.querySelector('svg')!.getAttribute('aria-label')).toContain('in Notunterkunft im Original: höchstens 550 Personen');
    expect(container.querySelectorAll('figure.chart path.tl-base')).toHaveLength(3);
    expect(container.querySelectorAll('.tl-kreis path.tl-occ-base')).toHaveLength(2);
    expect(text(screen.getByRole('figure', { name: /Belegung der Kreise/ }).querySelector('figcaption')!)).toContain('grau gestrichelt: Original');

    rerender(ui(null));
    expect(container.querySelectorAll('path.tl-base, path.tl-occ-base')).toHaveLength(0);
    expect(container.querySelector('.tl-baseline-entry')).toBeNull();
  });
});
