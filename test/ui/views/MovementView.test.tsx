/** The Bewegung view in jsdom (no 2D canvas context): canvas role and summary, legend, moving-dot count, reduced motion. */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunControl } from '../../../src/ui/app/context.tsx';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { runControlMachine } from '../../../src/ui/machines/runControl.ts';
import { createTicker } from '../../../src/ui/machines/ticker.ts';
import { KREISINTERN_COLOUR } from '../../../src/ui/views/flowColours.ts';
import { MovementView } from '../../../src/ui/views/movement/MovementView.tsx';
import { chunkOf, type FlowRecord } from '../chunks.ts';

const UNITS: UnitInfo[] = [
  { id: 'land', name: 'Hessen', level: 'land', parent: null },
  { id: 'site', name: 'HEAE Gießen', level: 'erstaufnahme', parent: 'land', lon: 8.67, lat: 50.58, hostKreis: 'k1' },
  { id: 'k1', name: 'Landkreis Gießen', level: 'kreis', parent: 'land', lon: 8.73, lat: 50.57, kind: 'landkreis' },
  { id: 'k2', name: 'Kassel', level: 'kreis', parent: 'land', lon: 9.49, lat: 51.31, kind: 'kreisfreie-stadt' },
  { id: 'g1', name: 'Lich', level: 'gemeinde', parent: 'k1', lon: 8.82, lat: 50.52 },
];

/**
 * Five days from 10.10.2015; day d ≥ 1: 480 arrivals, Zuweisungen by record (300 to Landkreis Gießen, 180 to Kassel),
 * 300 to the Gemeinde, 120 exits; `withinKreis` persons a day moved by Landkreis Gießen out of its Notunterkunft into Lich.
 */
function makeData(withinKreis = 0): RunData {
  const D = 5;
  const days = Array.from({ length: D }, (_, d) => `2015-10-${String(10 + d).padStart(2, '0')}`);
  const data = new RunData(1, 'test', days, UNITS, [0, 1, 2, 3]);
  // Each day d ≥ 1, by unit (Land, site, Landkreis Gießen, Kassel, Lich).
  const perUnit: Partial<Record<SeriesKey, number[]>> = {
    arrived: [0, 480, 300, 180, 300],
    passedOn: [0, 480, 300, 0, 0],
    zuweisungen: [0, 0, 300, 180, 300],
    exits: [0, 20, 0, 0, 100],
    present: [0, 2000, 0, 0, 600],
  };
  const flows: FlowRecord[] = [];
  for (let d = 1; d < D; d++) {
    flows.push({ day: d, kind: 'zuweisung', from: 1, to: 2, persons: 300 }, { day: d, kind: 'zuweisung', from: 1, to: 3, persons: 180 });
    if (withinKreis > 0) flows.push({ day: d, kind: 'kreisintern', from: 2, to: 4, persons: withinKreis });
  }
  data.addChunk(chunkOf({ from: 0, to: D, units: UNITS.length, value: (k, u, d) => (d === 0 ? 0 : (perUnit[k]?.[u] ?? 0)), flows, byType: { size: 4 * TYPES.length } }));
  return data;
}

// Playing without frames: the cursor stays on its day, so the view is seen while playing rather than at the end.
const stillPlayback = runControlMachine.provide({ actors: { ticker: createTicker(() => () => {}) } });

let actor: ReturnType<typeof RunControl.useActorRef> | null = null;
function GrabActor() {
  actor = RunControl.useActorRef();
  return null;
}
function wrap(children: ReactNode, lang: Lang = 'de') {
  return (
    <I18nProvider initial={lang}>
      <RunControl.Provider logic={stillPlayback}>
        <GrabActor />
        {children}
      </RunControl.Provider>
    </I18nProvider>
  );
}

const noop = () => {};

beforeEach(() => {
  // jsdom has no 2D context; the view must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  actor = null;
});

describe('MovementView', () => {
  it('renders a canvas with role img and the day’s movements as its label', () => {
    const data = makeData();
    render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />));
    const img = screen.getByRole('img');
    expect(img.tagName).toBe('CANVAS');
    expect(img).toHaveAccessibleName('Bewegung am 12.10.2015: 480 Ankünfte, 480 Zuweisungen an Kreise, 300 an Gemeinden, 120 Abgänge');
    // Paused: nothing moves, but the attribute is there for benchmarks.
    expect(img).toHaveAttribute('data-moving-dots', '0');
  });

  it('shows a legend with the stages and the persons per dot, in English too', () => {
    const data = makeData();
    const { unmount } = render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />));
    const legend = screen.getByRole('region', { name: 'Legende' });
    for (const text of ['in Erstaufnahme (Ankunft, Verlegung)', 'unterwegs zum Kreis', 'unterwegs zur Gemeinde', 'Abgang']) {
      expect(legend).toHaveTextContent(text);
    }
    expect(legend).toHaveTextContent(/1 Punkt = (1 Person|\d+ Personen)/);
    unmount();
    render(wrap(<MovementView data={data} version={1} day={1} selected="k1" onSelect={noop} />, 'en'));
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Movement on 11 Oct 2015: 480 arrivals, 480 Zuweisungen to Kreise, 300 to Gemeinden, 120 leaving',
    );
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent(/1 dot = (1 person|\d+ persons)/);
  });

  it('lists the moves within a Kreis in the legend, in their colour, and counts them in persons, in German and English', () => {
    const data = makeData(40);
    const { unmount } = render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />));
    const entry = screen.getByText('Verlegung innerhalb des Kreises (aus einer Notunterkunft)');
    expect(entry.closest('section')).toHaveAccessibleName('Legende');
    expect(entry.querySelector('.swatch')).toHaveStyle({ background: KREISINTERN_COLOUR });
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Bewegung am 12.10.2015: 480 Ankünfte, 480 Zuweisungen an Kreise, 300 an Gemeinden, Verlegung innerhalb des Kreises: 40\u00a0Pers., 120 Abgänge',
    );
    unmount();
    render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />, 'en'));
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent('transfer within the Kreis (from an emergency shelter)');
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Movement on 12 Oct 2015: 480 arrivals, 480 Zuweisungen to Kreise, 300 to Gemeinden, transfer within the Kreis: 40\u00a0persons, 120 leaving',
    );
  });

  it('notes that the first day (the stock at the start) is not animated', () => {
    render(wrap(<MovementView data={makeData()} version={1} day={0} selected={null} onSelect={noop} />));
    expect(screen.getByText(/Anfangsbestand/)).toBeInTheDocument();
  });

  it('counts the moving dots while playing', async () => {
    const data = makeData();
    render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />));
    act(() => {
      actor!.send({ type: 'data.started', total: data.D });
      actor!.send({ type: 'data.progress', available: data.D });
      actor!.send({ type: 'cursor.seek', day: 2 });
      actor!.send({ type: 'playback.play' });
    });
    const img = screen.getByRole('img');
    await waitFor(() => expect(Number(img.getAttribute('data-moving-dots'))).toBeGreaterThan(0));
    act(() => {
      actor!.send({ type: 'playback.pause' });
    });
    await waitFor(() => expect(img).toHaveAttribute('data-moving-dots', '0'));
  });

  it('with reduced motion shows flows instead of moving dots', async () => {
    vi.stubGlobal(
      'matchMedia',
      (query: string) =>
        ({
          matches: query.includes('prefers-reduced-motion'),
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    const data = makeData();
    render(wrap(<MovementView data={data} version={1} day={2} selected={null} onSelect={noop} />));
    expect(screen.getByText(/Reduzierte Bewegung/)).toBeInTheDocument();
    act(() => {
      actor!.send({ type: 'data.started', total: data.D });
      actor!.send({ type: 'data.progress', available: data.D });
      actor!.send({ type: 'cursor.seek', day: 2 });
      actor!.send({ type: 'playback.play' });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('img')).toHaveAttribute('data-moving-dots', '0');
  });
});
