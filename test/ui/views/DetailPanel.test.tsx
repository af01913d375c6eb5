/**
 * Detail panel: figures with units on the cursor day, Soll/Ist and Lage read from the engine's series and quota changes,
 * procurement from the structured log, Zuständigkeit from the statechart, closing.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { haushaltMachine } from '../../../src/engine/machines/haushalt.ts';
import type { StateMeta } from '../../../src/engine/machines/meta.ts';
import { LAGE_STATES, type LageState } from '../../../src/engine/machines/lage.ts';
import type { LogEntry, QuotaChange, RunMeta, SeriesKey, UnitInfo } from '../../../src/engine/metrics/result.ts';
import { RunData, TYPES } from '../../../src/ui/data/runData.ts';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { DetailPanel } from '../../../src/ui/views/detail/DetailPanel.tsx';
import { chunkOf } from '../chunks.ts';

const UNITS: UnitInfo[] = [
  { id: 'hessen', name: 'Hessen', level: 'land', parent: null },
  { id: 'eae-a', name: 'HEAE Gießen', level: 'erstaufnahme', parent: 'hessen', hostKreis: '06531' },
  { id: '06411', name: 'Darmstadt', level: 'kreis', parent: 'hessen', kind: 'kreisfreie-stadt', quota: 0.4 },
  { id: '06531', name: 'Landkreis Gießen', level: 'kreis', parent: 'hessen', kind: 'landkreis', quota: 0.6 },
  { id: '06531001', name: 'Gemeinde Eins', level: 'gemeinde', parent: '06531', quota: 0.7 },
  { id: '06531002', name: 'Gemeinde Zwei', level: 'gemeinde', parent: '06531', quota: 0.3 },
];
const DAYS = ['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-05', '2015-10-06'];
const BY_TYPE_UNITS = [0, 1, 2, 3];
const c = (v: number) => DAYS.map(() => v);
type Values = Partial<Record<SeriesKey, Record<number, number[]>>>;
const code = (...states: LageState[]) => states.map((s) => LAGE_STATES.indexOf(s));
const VALUES: Values = {
  present: { 3: [8, 7, 8, 1009, 4, 4], 4: c(20), 5: c(11) },
  capacity: { 3: c(10), 4: c(20), 5: c(20) },
  notunterkunft: { 4: [0, 0, 0, 2, 0, 0] },
  statuswechsler: { 3: c(3), 4: c(1) },
  zuweisungen: { 2: [1, 2, 0, 6, 0, 1], 3: [3, 2, 2, 4, 0, 0] },
  arrived: { 2: [9, 2, 3, 6, 0, 1], 3: [3, 2, 2, 4, 0, 0] },
  cost: { 3: c(100), 4: c(50), 5: c(25) },
  pauschale: { 3: c(200) },
  // The engine's account, deliberately not what any quota × intake of these series would give.
  soll: { 2: [3.2, 5, 6.5, 9.25, 9, 9.5], 3: [4.8, 7.5, 9.75, 13.6, 13.5, 14.25], 4: [0, 1.4, 2.1, 2.8, 4.9, 4.9] },
  ist: { 2: [1, 3, 6, 12, 12, 13], 3: [3, 5, 7, 11, 11, 11], 4: [0, 2, 3, 4, 7, 7] },
  lage: {
    1: code('normal', 'angespannt', 'angespannt', 'normal', 'normal', 'normal'),
    2: code('normal', 'normal', 'notbetrieb', 'notbetrieb', 'notbetrieb', 'notbetrieb'),
    3: code('normal', 'normal', 'angespannt', 'angespannt', 'ueberlastet', 'ueberlastet'),
  },
};
/** The quota of the Kreise at the start and after a dated change on the third day. */
const QUOTA_CHANGES: QuotaChange[] = [
  { day: 0, date: '2015-10-01', quota: { '06411': 0.4, '06531': 0.6 } },
  { day: 2, date: '2015-10-03', quota: { '06411': 0.45, '06531': 0.55 } },
];
/** Places and persons by type for Landkreis Gießen (byType index 3): eigene, gu, wohnung, hotel, notunterkunft. */
const KREIS_BY_TYPE = { capacity: [0, 30, 15, 5, 0], occupancy: [0, 28, 10, 1000, 2] };
const LOG: LogEntry[] = [
  { day: 2, date: '2015-10-03', kind: 'lage', unit: '06531', from: 'normal', to: 'angespannt' },
  { day: 3, date: '2015-10-04', kind: 'beschaffung', unit: '06531', action: 'bestellt', places: 1200, type: 'gu' },
  { day: 3, date: '2015-10-04', kind: 'beschaffung', unit: '06411', action: 'bestellt', places: 50, type: 'wohnung' },
  { day: 5, date: '2015-10-06', kind: 'beschaffung', unit: '06531', action: 'gekuendigt', places: 1, type: 'hotel' },
];

function makeRunData(): RunData {
  const data = new RunData(1, 'test', DAYS, UNITS, BY_TYPE_UNITS);
  const at = (i: number, values: number[]) => (i >= 3 * TYPES.length && i < 4 * TYPES.length ? values[i - 3 * TYPES.length]! : 0);
  // Two slices, as the worker streams them; the quota change arrives with the second.
  for (const [from, to] of [
    [0, 2],
    [2, DAYS.length],
  ] as const) {
    data.addChunk(
      chunkOf({
        from,
        to,
        units: UNITS.length,
        value: (k, u, d) => VALUES[k]?.[u]?.[d] ?? 0,
        quotaChanges: QUOTA_CHANGES,
        byType: {
          size: BY_TYPE_UNITS.length * TYPES.length,
          capacity: (_, i) => at(i, KREIS_BY_TYPE.capacity),
          occupancy: (_, i) => at(i, KREIS_BY_TYPE.occupancy),
        },
      }),
    );
  }
  data.log = LOG;
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
const aufenthalt = haushaltMachine.root.states.aufenthalt!;
const STATE_OF = { erstaufnahme: aufenthalt.states.erstaufnahme!, kreis: aufenthalt.states.kommune!.states.kreis!, gemeinde: aufenthalt.states.kommune!.states.gemeinde! };
const meta = (level: keyof typeof STATE_OF) => STATE_OF[level].meta as StateMeta;

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
    expect(fact('In Notunterkunft')).toBe('2 Pers.davon in den Gemeinden: 2 Pers.');
    expect(fact('Statuswechsler (anerkannt, noch untergebracht)')).toBe('4 Pers.');
  });

  it('names the overflow the Kreis total hides: units over 100 % among the Kreis and its Gemeinden', () => {
    renderPanel({ day: 3 });
    // The Kreis's own places hold 1,009 persons in 10 places; its Gemeinden are at 100 % and 55 %.
    expect(fact('Einheiten über 100 %')).toBe('1 von 3 (Kreis und Gemeinden)');
    expect(screen.getByText('Einheiten über 100 %', { selector: 'dt' }).closest('.detail-fact')).toHaveClass('detail-warn');
  });

  it('counts no units over 100 % on a day without overcrowding, and none for a Gemeinde alone', () => {
    renderPanel({ day: 0 });
    expect(fact('Einheiten über 100 %')).toBe('0 von 3 (Kreis und Gemeinden)');
    expect(fact('In Notunterkunft')).toBe('0 Pers.');
  });

  it('shows no count of units for a Gemeinde', () => {
    renderPanel({ selected: '06531001', day: 3 });
    expect(screen.queryByText('Einheiten über 100 %', { selector: 'dt' })).toBeNull();
    expect(fact('In Notunterkunft')).toBe('2 Pers.');
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

  it('reads Soll and Ist from the engine’s account, with the quota in force on the day', () => {
    renderPanel({ day: 3 });
    expect(fact('Aufnahmequote am Tag')).toBe('55,00 %');
    expect(fact('Soll')).toBe('14 Pers.');
    expect(fact('Ist')).toBe('11 Pers.');
    // 11 − 13.6 = −2.6 → −3 persons, −19.1 % of the Soll.
    expect(fact('Differenz Ist − Soll')).toBe('−3 Pers. (−19,1 %)unter Soll');
  });

  it('shows the quota at the start before a dated change', () => {
    renderPanel({ day: 1 });
    expect(fact('Aufnahmequote am Tag')).toBe('60,00 %');
    expect(fact('Soll')).toBe('8 Pers.');
    expect(fact('Ist')).toBe('5 Pers.');
  });

  it('says when a Kreis is above its Soll', () => {
    renderPanel({ selected: '06411', day: 3 });
    expect(fact('Aufnahmequote am Tag')).toBe('45,00 %');
    expect(fact('Soll')).toBe('9 Pers.');
    expect(fact('Ist')).toBe('12 Pers.');
    expect(fact('Differenz Ist − Soll')).toBe('+3 Pers. (+29,7 %)über Soll');
  });

  it('shows the Soll/Ist of a Gemeinde with its share of the Kreis', () => {
    renderPanel({ selected: '06531001', day: 4 });
    const box = screen.getByRole('region', { name: 'Soll und Ist der Aufnahme' });
    expect(fact('Anteil an den Zuweisungen des Kreises')).toBe('70,00 %');
    expect(fact('Soll')).toBe('5 Pers.');
    expect(fact('Ist')).toBe('7 Pers.');
    expect(fact('Differenz Ist − Soll')).toBe('+2 Pers. (+42,9 %)über Soll');
    expect(box).toHaveTextContent('nach dem der Kreis seinen Gemeinden zuweist');
  });

  it('has no Soll/Ist for an Erstaufnahme site', () => {
    renderPanel({ selected: 'eae-a' });
    expect(screen.queryByRole('region', { name: 'Soll und Ist der Aufnahme' })).toBeNull();
  });

  it('sums costs and Pauschale up to the day in EUR', () => {
    renderPanel();
    expect(fact('Unterbringungskosten')).toBe('700 €');
    expect(fact('Pauschale des Landes')).toBe('800 €');
    expect(fact('Pauschale − Kosten')).toBe('100 €');
  });

  it('reads the Lage and the days it changed from the lage series', () => {
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

  it('follows an Erstaufnahme site back to normal', () => {
    renderPanel({ selected: 'eae-a', day: 5 });
    const lage = screen.getByRole('region', { name: 'Lage' });
    expect(lage).toHaveTextContent('normal seit 04.10.2015');
    expect(within(lage).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['04.10.2015: angespannt → normal', '02.10.2015: normal → angespannt']);
  });

  it('lists the unit’s procurement from the log up to the day, in words', () => {
    renderPanel({ day: 5 });
    const box = screen.getByRole('region', { name: 'Beschaffung bis zum Tag' });
    expect(within(box).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '06.10.2015: Landkreis Gießen: Vertrag über 1 Platz (Hotel/Pension) gekündigt',
      '04.10.2015: Landkreis Gießen: 1.200 Plätze (Gemeinschaftsunterkunft) bestellt',
    ]);
  });

  it('has no procurement before the first order', () => {
    renderPanel({ day: 2 });
    expect(screen.getByRole('region', { name: 'Beschaffung bis zum Tag' })).toHaveTextContent('Bis zu diesem Tag keine Plätze bestellt oder gekündigt.');
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
    expect(fact('Aufnahmequote on the day')).toBe('55.00 %');
    expect(fact('Target (Soll)')).toBe('14 persons');
    expect(screen.getByRole('region', { name: 'Situation' })).toHaveTextContent('overloaded (überlastet) since 5 Oct 2015');
    expect(screen.getByRole('region', { name: 'Procurement up to the day' })).toHaveTextContent(
      '4 Oct 2015: Landkreis Gießen: 1,200 places (shared accommodation) ordered',
    );
    expect(screen.getByRole('region', { name: 'Responsible' })).toHaveTextContent(meta('kreis').office.en);
  });

  it('shows Soll/Ist and Lage while the run is still computing; procurement once it has finished', () => {
    const data = makeRunData();
    data.meta = null;
    data.log = [];
    render(
      <I18nProvider>
        <DetailPanel data={data} version={1} day={3} selected="06531" onSelect={() => {}} />
      </I18nProvider>,
    );
    expect(fact('Soll')).toBe('14 Pers.');
    expect(screen.getByRole('region', { name: 'Lage' })).toHaveTextContent('angespannt seit 03.10.2015');
    expect(screen.getByText('Die Beschaffungen stehen fest, sobald die Berechnung abgeschlossen ist.')).toBeInTheDocument();
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
