/**
 * Lernen view in jsdom: a state added to the chart appears in the drawn chart and its text version; persons per state
 * from the run; a teacher's story refused with its field named; the assignment exercise taken from a run and played.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { chartModel } from '../../../src/engine/lehre/chart.ts';
import { haushaltMachine } from '../../../src/engine/machines/haushalt.ts';
import { haushaltTable } from '../../../src/engine/machines/table.ts';
import type { SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunControl } from '../../../src/ui/app/context.tsx';
import { RunData } from '../../../src/ui/data/runData.ts';
import { I18nProvider } from '../../../src/ui/i18n/index.ts';
import { Ablauf } from '../../../src/ui/views/lernen/Ablauf.tsx';
import { Begleiten } from '../../../src/ui/views/lernen/Begleiten.tsx';
import { personsByPath } from '../../../src/ui/views/lernen/chart.ts';
import { exerciseFrom } from '../../../src/ui/views/lernen/exercise.ts';
import { elkGraphOf, layoutChart } from '../../../src/ui/views/lernen/layout.ts';
import { Quiz, readScore, SCORE_KEY } from '../../../src/ui/views/lernen/Quiz.tsx';
import { Zuweisen } from '../../../src/ui/views/lernen/Zuweisen.tsx';
import { chartWithKlage } from '../../engine/lernenChart.ts';
import { chunkOf } from '../chunks.ts';

const wrap = (node: React.ReactNode) => (
  <I18nProvider initial="de">
    <RunControl.Provider>{node}</RunControl.Provider>
  </I18nProvider>
);

const UNITS: UnitInfo[] = [
  { id: 'HE', name: 'Hessen', level: 'land', parent: null },
  { id: 'K1', name: 'Kreis Eins', level: 'kreis', parent: 'HE', quota: 0.6, population: 600 },
  { id: 'K1-a', name: 'Adorf', level: 'gemeinde', parent: 'K1', quota: 0.75, population: 450 },
  { id: 'K1-b', name: 'Bedorf', level: 'gemeinde', parent: 'K1', quota: 0.25, population: 150 },
  { id: 'K2', name: 'Kreis Zwei', level: 'kreis', parent: 'HE', quota: 0.4, population: 400 },
];
const D = 21;
const DAYS = Array.from({ length: D }, (_, d) => `2015-10-${String(d + 1).padStart(2, '0')}`);

function runData(): RunData {
  const value = (key: SeriesKey, u: number, d: number): number => {
    if (key === 'zuweisungen') return u === 1 ? 6 : u === 4 ? 4 : 0;
    if (key === 'passedOn') return u === 1 ? 2 : 0;
    if (key === 'capacity') return [0, 100, 50, 20, 80][u]!;
    if (key === 'present') return [0, 90, 40, 20, 60][u]!;
    if (key === 'ist') return [0, 600 + 6 * d, 300, 100, 400 + 4 * d][u]!;
    return 0;
  };
  const data = new RunData(1, 'test', DAYS, UNITS, []);
  data.addChunk(chunkOf({ from: 0, to: D, units: UNITS.length, value }));
  return data;
}

describe('a state added to the chart, in Ablauf', () => {
  it('is a node of the laid-out chart, with its transition', { timeout: 30_000 }, async () => {
    const model = chartModel(chartWithKlage());
    const graph = elkGraphOf(model);
    const verfahren = graph.children!.find((c) => c.id === 'verfahren')!;
    expect(verfahren.children!.map((c) => c.id)).toContain('verfahren.klage');
    const layout = await layoutChart(model);
    const klage = layout.states.find((s) => s.path === 'verfahren.klage');
    expect(klage?.width).toBeGreaterThan(0);
    expect(layout.edges.some((e) => e.source === 'verfahren.abgelehnt' && e.target === 'verfahren.klage' && e.points.length >= 2)).toBe(true);
  });

  it('is drawn, listed and explained from its meta', { timeout: 30_000 }, async () => {
    const model = chartModel(chartWithKlage());
    render(wrap(<Ablauf model={model} data={null} day={0} onNavigate={() => {}} />));
    // The layout library loads and runs on first use; a busy machine may take a while.
    await waitFor(() => expect(document.querySelector('.lernen-svg')).not.toBeNull(), { timeout: 20_000 });
    expect([...document.querySelectorAll('.lernen-node-name')].map((t) => t.textContent)).toContain('Klage');
    fireEvent.click(screen.getByRole('button', { name: 'Klage' }));
    const card = screen.getByRole('region', { name: 'Asylverfahren: Klage' });
    expect(card).toHaveTextContent('Verwaltungsgericht Gießen');
    expect(card).toHaveTextContent('§ 74 AsylG; § 80 VwGO');
    expect(card).toHaveTextContent('andere Stelle');
    expect(screen.getByText(/Asylverfahren: Abgelehnt → Asylverfahren: Klage bei „klage.erhoben“/)).toBeInTheDocument();
  });

  it('links a state to the view where it happens', async () => {
    const onNavigate = vi.fn();
    render(wrap(<Ablauf model={chartModel(haushaltMachine)} data={null} day={0} onNavigate={onNavigate} />));
    fireEvent.click(screen.getByRole('button', { name: 'Gemeinde' }));
    fireEvent.click(screen.getByRole('button', { name: 'In der Ansicht „Flüsse“ ansehen' }));
    expect(onNavigate).toHaveBeenCalledWith('fluesse');
  });
});

describe('persons per state from the run', () => {
  const model = chartModel(haushaltMachine);
  const table = haushaltTable();
  const gemeinde = table.states.find((s) => s.regions.aufenthalt === 'kommune.gemeinde' && s.regions.verfahren === 'anerkannt')!;
  const aufnahme = table.states[table.stateOf('erstaufnahme.aufnahme|laufend|pauschale')]!;
  const counts = { states: table.states.map((s) => s.key), days: Int32Array.of(0, 14), persons: new Int32Array(2 * table.states.length) };
  counts.persons[table.states.length + gemeinde.index] = 7;
  counts.persons[table.states.length + aufnahme.index] = 5;

  it('adds each compiled state to every chart state on its paths', () => {
    const p = personsByPath(model, counts, 1);
    expect(p.get('aufenthalt.kommune.gemeinde')).toBe(7);
    expect(p.get('aufenthalt.kommune')).toBe(7);
    expect(p.get('aufenthalt.erstaufnahme')).toBe(5);
    expect(p.get('verfahren.anerkannt')).toBe(7);
    expect(p.get('verfahren.laufend')).toBe(5);
    expect(p.get('verfahren')).toBe(12);
    expect(personsByPath(model, counts, 0).size).toBe(0);
  });

  it('shows them in the text version at the cursor’s sample', () => {
    const data = runData();
    data.chartStates = counts;
    render(wrap(<Ablauf model={model} data={data} day={15} onNavigate={() => {}} />));
    expect(screen.getByText(/Stand 15\.10\.2015/)).toBeInTheDocument();
    const item = screen.getByRole('button', { name: 'Anerkannt' }).closest('li')!;
    expect(item).toHaveTextContent('Anerkannt – Jobcenter – 7 Pers.');
  });
});

describe('a teacher’s story', () => {
  it('is refused with the field named, or started when the chart takes it', () => {
    render(wrap(<Begleiten model={chartModel(haushaltMachine)} table={haushaltTable()} data={null} />));
    const box = screen.getByRole('textbox', { name: /Eigene Geschichte/ });
    const story = {
      id: 'test',
      title: { de: 'Test', en: 'Test' },
      intro: { de: 'Ankunft', en: 'Arrival' },
      outcome: { de: 'Ende', en: 'End' },
      persons: 2,
      start: '2016-01-04',
      steps: [{ event: 'wohnung.bezogen', afterDays: 3, text: { de: 'Wohnung', en: 'Flat' } }],
    };
    fireEvent.change(box, { target: { value: JSON.stringify(story) } });
    fireEvent.click(screen.getByRole('button', { name: 'Geschichte prüfen und beginnen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('steps.0.event: the chart does not take "wohnung.bezogen"');
    fireEvent.change(box, { target: { value: JSON.stringify({ ...story, steps: [{ ...story.steps[0], event: 'uma.erkannt' }] }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Geschichte prüfen und beginnen' }));
    expect(screen.getByRole('heading', { name: 'Test' })).toHaveFocus();
    expect(screen.getByText(/Schritt 1 von 2/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByText(/Schritt 2 von 2/)).toBeInTheDocument();
    expect(screen.getByText('§ 42a SGB VIII; § 42 SGB VIII')).toBeInTheDocument();
  });
});

describe('the assignment exercise from a run', () => {
  it('takes recipients, accounts and weekly arrivals from the run', () => {
    const data = runData();
    const land = exerciseFrom(data, null, 0)!;
    // Early October 2015 when the run has it: from Monday 5 October, two full weeks computed.
    expect(land.start).toBe('2015-10-05');
    expect(land.weeks).toEqual([70, 70]);
    expect(land.recipients.map((r) => [r.name, r.quota, r.ist, r.capacity, r.present])).toEqual([
      ['Kreis Eins', 0.6, 618, 170, 150],
      ['Kreis Zwei', 0.4, 412, 80, 60],
    ]);
    const kreis = exerciseFrom(data, 1, 0)!;
    expect(kreis.assigner).toBe('kreis');
    expect(kreis.weeks).toEqual([14, 14]);
    expect(kreis.recipients.map((r) => r.name)).toEqual(['Adorf', 'Bedorf']);
  });

  it('plays a week by hand and shows the quote policy on the same arrivals', () => {
    render(wrap(<Zuweisen data={runData()} day={0} />));
    fireEvent.click(screen.getByRole('button', { name: 'Übung beginnen' }));
    expect(screen.getByRole('heading', { name: /Woche 1 von 2 \(ab 05\.10\.2015\)/ })).toHaveFocus();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Personen für Kreis Eins' }), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woche abschließen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Es sind 10 Personen verteilt, es müssen genau 70 sein.');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Personen für Kreis Zwei' }), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woche abschließen' }));
    expect(screen.getByRole('heading', { name: 'Ergebnis der Woche 1' })).toHaveFocus();
    const rows = within(screen.getByRole('region', { name: 'Ergebnis der Woche 1' })).getAllByRole('row');
    // Kreis Eins: 10 by hand, 42 by quote (0.6 · 70); Kreis Zwei: 60 by hand, 28 by quote.
    expect(rows[2]).toHaveTextContent(/^Kreis Eins10[-−]32\d+\s?%42/);
    expect(rows[3]).toHaveTextContent(/^Kreis Zwei6032\d+\s?%28/);
    expect(screen.getByRole('row', { name: /Richtlinie „quote“ 0/ })).toBeInTheDocument();
  });
});

describe('quiz score in the browser', () => {
  it('ignores a damaged score and counts each answer per topic', () => {
    localStorage.setItem(SCORE_KEY, '{"zustaendig":{"answered":1,"correct":5},"folge":"x"');
    expect(readScore().zustaendig).toEqual({ answered: 0, correct: 0 });
    localStorage.removeItem(SCORE_KEY);
    render(wrap(<Quiz model={chartModel(haushaltMachine)} table={haushaltTable()} />));
    fireEvent.click(screen.getByRole('button', { name: 'Neue Runde beginnen' }));
    expect(screen.getByText(/Frage 1 von 9/)).toBeInTheDocument();
    act(() => screen.getAllByRole('radio')[0]!.click());
    fireEvent.click(screen.getByRole('button', { name: 'Antworten' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Richtig\.|Leider nicht\./);
    expect(readScore().zustaendig.answered).toBe(1);
  });
});
