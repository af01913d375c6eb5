/** Detail panel: figures with units on the cursor day, Soll/Ist, situation from the log, Zuständigkeit from the statechart, closing. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { haushaltMachine } from '../../../src/engine/machines/haushalt.ts';
import type { StateMeta } from '../../../src/engine/machines/meta.ts';
import { SERIES_KEYS, type LogEntry, type RunMeta, type SeriesKey, type UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { DetailPanel } from '../../../src/ui/views/detail/DetailPanel.tsx';
import type { Chunk } from '../../../src/worker/protocol.ts';

const UNITS: UnitInfo[] = [
  { id: 'hessen', name: 'Hessen', level: 'land', parent: null },
  { id: 'eae-a', name: 'HEAE Gießen', level: 'erstaufnahme', parent: 'hessen', hostKreis: '06531' },
  { id: '06411', name: 'Darmstadt', level: 'kreis', parent: 'hessen', kind: 'kreisfreie-stadt', quota: 0.4 },
  { id: '06531', name: 'Landkreis Gießen', level: 'kreis', parent: 'hessen', kind: 'landkreis', quota: 0.6 },
  { id: '06531001', name: 'Gemeinde Eins', level: 'gemeinde', parent: '06531' },
  { id: '06531002', name: 'Gemeinde Zwei', level: 'gemeinde', parent: '06531' },
];
const DAYS = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06'];
const BY_TYPE_UNITS = [0, 1, 2, 3];
const c = (v: number) => DAYS.map(() => v);
type Values = Partial<Record<SeriesKey, Record<number, number[]>>>;
const VALUES: Values = {
  present: { 3: [8, 7, 8, 1009, 4, 4], 4: c(20), 5: c(11) },
  capacity: { 3: c(10), 4: c(20), 5: c(20) },
  notunterkunft: { 4: [0, 0, 0, 2, 0, 0] },
  statuswechsler: { 3: c(3), 4: c(1) },
  zuweisungen: { 2: [1, 2, 0, 6, 0, 1], 3: [3, 2, 2, 4, 0, 0] },
  arrived: { 2: [9, 2, 3, 6, 0, 1], 3: [3, 2, 2, 4, 0, 0] },
  cost: { 3: c(100), 4: c(50), 5: c(25) },
  pauschale: { 3: c(200) },
};
/** Places and persons by type for Landkreis Gießen (byType index 3): eigene, gu, wohnung, hotel, notunterkunft. */
const KREIS_BY_TYPE = { capacity: [0, 30, 15, 5, 0], occupancy: [0, 28, 10, 1000, 2] };

function makeRunData(): RunData {
  const data = new RunData(1, 'test', DAYS, UNITS, BY_TYPE_UNITS);
  const U = UNITS.length;
  const n = DAYS.length;
  const series = Object.fromEntries(
    SERIES_KEYS.map((k) => {
      const out = k === 'cost' || k === 'pauschale' ? new Float32Array(n * U) : new Int32Array(n * U);
      for (let d = 0; d < n; d++) for (let u = 0; u < U; u++) out[d * U + u] = VALUES[k]?.[u]?.[d] ?? 0;
      return [k, out];
    }),
  ) as unknown as Chunk['series'];
  const AT = BY_TYPE_UNITS.length * TYPES.length;
  const byTypeCapacity = new Int32Array(n * AT);
  const byTypeOccupancy = new Int32Array(n * AT);
  for (let d = 0; d < n; d++) {
    TYPES.forEach((_, t) => {
      byTypeCapacity[d * AT + 3 * TYPES.length + t] = KREIS_BY_TYPE.capacity[t]!;
      byTypeOccupancy[d * AT + 3 * TYPES.length + t] = KREIS_BY_TYPE.occupancy[t]!;
    });
  }
  data.addChunk({ from: 0, to: n, series, byTypeCapacity, byTypeOccupancy });
  const log: LogEntry[] = [
    { day: 2, date: '2015-10-03', unit: '06531', kind: 'lage', text: { de: 'Landkreis Gießen: normal → angespannt', en: 'Landkreis Gießen: normal → angespannt' } },
    { day: 2, date: '2015-10-03', unit: '06411', kind: 'lage', text: { de: 'Darmstadt: normal → Notbetrieb', en: 'Darmstadt: normal → notbetrieb' } },
    { day: 3, date: '2015-10-04', unit: '06531', kind: 'beschaffung', text: { de: 'Landkreis Gießen: 100 Plätze bestellt', en: 'Landkreis Gießen: 100 places ordered' } },
    { day: 4, date: '2015-10-05', unit: '06531', kind: 'lage', text: { de: 'Landkreis Gießen: angespannt → überlastet', en: 'Landkreis Gießen: angespannt → ueberlastet' } },
  ];
  data.log = log;
  data.meta = { scenarioId: 'test' } as RunMeta;
  return data;
}

function renderPanel(props: { selected?: string; day?: number; lang?: Lang; onSelect?: (id: string | null) => void } = {}) {
  const onSelect = vi.fn(props.onSelect);
  const data = makeRunData();
  render(
    <I18nProvider initial={props.lang ?? 'de'}>
      <DetailPanel data={data} version={1} day={props.day ?? 3} selected={props.selected ?? '06531'} onSelect={onSelect} />
    </I18nProvider>,
  );
  return { onSelect, data };
}

/** The value shown for a label in a definition list (whitespace normalised, NBSP → space). */
function fact(label: string): string {
  const dt = screen.getByText(label, { selector: 'dt' });
  return (dt.nextElementSibling?.textContent ?? '').replace(/\u00a0/g, ' ');
}
const meta = (state: 'kreis' | 'gemeinde' | 'erstaufnahme') => haushaltMachine.root.states.aufenthalt!.states[state]!.meta as StateMeta;

describe('DetailPanel', () => {
  it('names the unit, its level and parent', () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Landkreis Gießen' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Landkreis Gießen' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Landkreis · gehört zu Hessen');
    expect(panel).toHaveTextContent('Stand 04.10.2015');
  });

  it('shows the figures of the cursor day with their units (Kreis with its Gemeinden)', () => {
    renderPanel();
    expect(fact('Untergebrachte Personen')).toBe('1.040 Pers.davon in den Gemeinden: 31 Pers.');
    expect(fact('Reguläre Plätze')).toBe('50 Plätze');
    expect(fact('Auslastung')).toBe('2.080 %');
    expect(fact('In Notunterkunft')).toBe('2 Pers.');
    expect(fact('Statuswechsler (anerkannt, noch untergebracht)')).toBe('4 Pers.');
  });

  it('lists places and persons by type', () => {
    renderPanel();
    // The first table is the one by type (the Gemeinden of the Kreis follow in a collapsed section).
    const table = screen.getAllByRole('table')[0]!;
    const row = within(table).getByRole('row', { name: /Gemeinschaftsunterkünfte/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['30', '28']);
    expect(within(table).getByRole('row', { name: /Hotels und Pensionen/ })).toHaveTextContent('51.000');
    expect(within(table).getByRole('columnheader', { name: 'Belegt (Pers.)' })).toBeInTheDocument();
  });

  it('computes Soll and Ist from the cumulative Zuweisungen', () => {
    renderPanel();
    // Up to day 3: Darmstadt 9 + 3 direct, Landkreis Gießen 11 → Soll 0.6 × 23 = 13.8, Ist 11.
    expect(fact('Aufnahmequote (zu Beginn)')).toBe('60,00 %');
    expect(fact('Soll (Quote × Aufnahme aller Kreise)')).toBe('14 Pers.');
    expect(fact('Ist (aufgenommen bis zum Tag)')).toBe('11 Pers.');
    expect(fact('Differenz Ist − Soll')).toBe('−3 Pers. (−20,3 %)unter Soll');
  });

  it('adds direct admissions after the first day to the Ist', () => {
    renderPanel({ selected: '06411', day: 3 });
    // Darmstadt: Zuweisungen 9; arrived also 8 more on day 0 (initial stock, not counted) and 3 on day 2 (direct) → Ist 12.
    expect(fact('Ist (aufgenommen bis zum Tag)')).toBe('12 Pers.darin direkt aufgenommen: 3 Pers.');
    expect(fact('Soll (Quote × Aufnahme aller Kreise)')).toBe('9 Pers.');
    expect(fact('Differenz Ist − Soll')).toBe('+3 Pers. (+30,4 %)über Soll');
    expect(screen.getByText(/Direkt aufgenommene Personen/)).toBeInTheDocument();
  });

  it('sums costs and Pauschale up to the day in EUR', () => {
    renderPanel();
    expect(fact('Unterbringungskosten')).toBe('700 €');
    expect(fact('Pauschale des Landes')).toBe('800 €');
    expect(fact('Pauschale − Kosten')).toBe('100 €');
  });

  it('derives the situation and its change dates from the log', () => {
    renderPanel({ day: 3 });
    const lage = screen.getByRole('region', { name: 'Lage' });
    expect(lage).toHaveTextContent('angespannt seit 03.10.2015');
    expect(within(lage).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['03.10.2015: normal → angespannt']);
  });

  it('shows later changes once the cursor has passed them', () => {
    renderPanel({ day: 5 });
    const lage = screen.getByRole('region', { name: 'Lage' });
    expect(lage).toHaveTextContent('überlastet seit 05.10.2015');
    expect(within(lage).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '05.10.2015: angespannt → überlastet',
      '03.10.2015: normal → angespannt',
    ]);
  });

  it('is normal before the first change', () => {
    renderPanel({ day: 1 });
    expect(screen.getByRole('region', { name: 'Lage' })).toHaveTextContent('normal seit Beginn');
    expect(screen.getByText('Bis zu diesem Tag keine Wechsel.')).toBeInTheDocument();
  });

  it('takes the Zuständigkeit from the statechart meta of the level', () => {
    renderPanel();
    const box = screen.getByRole('region', { name: 'Zuständig' });
    expect(box).toHaveTextContent(meta('kreis').office.de);
    expect(box).toHaveTextContent(meta('kreis').text.de);
    expect(box).toHaveTextContent('§ 50 AsylG');
  });

  it('shows a Gemeinde’s own numbers and its Zuständigkeit', () => {
    renderPanel({ selected: '06531001' });
    expect(screen.getByRole('region', { name: 'Gemeinde Eins' })).toHaveTextContent('Kreisangehörige Gemeinde · gehört zu Landkreis Gießen');
    expect(fact('Untergebrachte Personen')).toBe('20 Pers.');
    expect(fact('Auslastung')).toBe('100 %');
    const row = screen.getByRole('row', { name: /Reguläre Plätze \(alle Arten\)/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['20', '18']);
    expect(screen.queryByText('Soll und Ist der Aufnahme')).toBeNull();
    expect(screen.getByRole('region', { name: 'Zuständig' })).toHaveTextContent(meta('gemeinde').office.de);
  });

  it('shows an Erstaufnahme site with its host Kreis and Zuständigkeit', () => {
    renderPanel({ selected: 'eae-a' });
    expect(screen.getByRole('region', { name: 'HEAE Gießen' })).toHaveTextContent('Standort im Kreis Landkreis Gießen');
    expect(screen.getByRole('region', { name: 'Zuständig' })).toHaveTextContent(meta('erstaufnahme').office.de);
  });

  it('closes with the button and with Escape', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Details schließen' }));
    expect(onSelect).toHaveBeenCalledWith(null);
    onSelect.mockClear();
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('speaks English', () => {
    renderPanel({ lang: 'en', day: 5 });
    expect(fact('Persons accommodated')).toBe('35 personsof which in the Gemeinden: 31 persons');
    expect(fact('Accommodation cost')).toBe('EUR 1,050');
    expect(screen.getByRole('region', { name: 'Situation' })).toHaveTextContent('overloaded (überlastet) since 5 Oct 2015');
    expect(screen.getByRole('region', { name: 'Responsible' })).toHaveTextContent(meta('kreis').office.en);
  });

  it('waits for the log while the run is still computing', () => {
    const data = makeRunData();
    data.meta = null;
    render(
      <I18nProvider>
        <DetailPanel data={data} version={1} day={3} selected="06531" onSelect={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByText('Die Wechsel der Lage stehen fest, sobald die Berechnung abgeschlossen ist.')).toBeInTheDocument();
  });
});

describe('DetailPanel: the Gemeinden of a Landkreis', () => {
  it('lists each Gemeinde with persons, places and occupancy, and a click opens it', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel({ selected: '06531', day: 3 });
    const section = screen.getByText('Gemeinden des Kreises (2)').closest('details')!;
    await user.click(screen.getByText('Gemeinden des Kreises (2)'));
    const zwei = within(section).getByRole('button', { name: 'Gemeinde Zwei öffnen' });
    const row = zwei.closest('tr')!;
    expect(row).toHaveTextContent('11');
    expect(row).toHaveTextContent('20');
    expect(row).toHaveTextContent(/55\s%/);
    await user.click(zwei);
    expect(onSelect).toHaveBeenCalledWith('06531002');
  });

  it('a kreisfreie Stadt has no Gemeinden to list', () => {
    renderPanel({ selected: '06411' });
    expect(screen.queryByText(/Gemeinden des Kreises/)).toBeNull();
  });
});
