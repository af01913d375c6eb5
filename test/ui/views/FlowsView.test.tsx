/** Flüsse view: nodes and links with accessible names, period chooser with presets and validation, selection. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { KREISINTERN_COLOUR } from '../../../src/ui/views/flowColours.ts';
import { FlowsView } from '../../../src/ui/views/flows/FlowsView.tsx';
import { type FlowRecord } from '../chunks.ts';
import { makeRunData, seriesFromRecords, ZUWEISUNGEN, type Values } from './flowsFixture.ts';

/** The fixture's Zuweisungen and one transfer between the sites. */
const RECORDS: FlowRecord[] = [...ZUWEISUNGEN, { day: 3, kind: 'verlegung', from: 1, to: 2, persons: 4 } as const].sort((x, y) => x.day - y.day);
const VALUES: Values = seriesFromRecords(RECORDS, {
  zuweisungen: { 5: [0, 2, 1, 1, 3, 0], 6: [0, 1, 0, 2, 2, 0] },
  arrived: { 5: [0, 2, 1, 1, 3, 0], 6: [0, 1, 0, 2, 2, 0] },
  exits: { 3: [0, 0, 1, 0, 2, 0], 5: [0, 0, 0, 1, 0, 1] },
});

function renderView(props: { day?: number; selected?: string | null; onSelect?: (id: string | null) => void; lang?: Lang } = {}) {
  const data = makeRunData(VALUES, RECORDS);
  const onSelect = props.onSelect ?? vi.fn();
  const ui = (day: number) => (
    <I18nProvider initial={props.lang ?? 'de'}>
      <FlowsView data={data} version={1} day={day} selected={props.selected ?? null} onSelect={onSelect} />
    </I18nProvider>
  );
  const r = render(ui(props.day ?? 5));
  return { ...r, data, onSelect, rerenderDay: (day: number) => r.rerender(ui(day)) };
}

const summary = () => screen.getByText(/\(\d+ Tage?\)|\(\d+ days?\)/);

describe('FlowsView', () => {
  it('draws nodes and links with accessible names (persons)', () => {
    renderView();
    const diagram = screen.getByRole('group', { name: 'Sankey-Diagramm der Flüsse vom 01.10.2015 bis 06.10.2015' });
    // Sites: their Zuweisungen over the whole run; Kreise: their inflow.
    expect(within(diagram).getByRole('button', { name: 'EAE A: 11\u00a0Pers.' })).toBeInTheDocument();
    expect(within(diagram).getByRole('button', { name: 'EAE B: 10\u00a0Pers.' })).toBeInTheDocument();
    expect(within(diagram).getByRole('button', { name: 'Darmstadt: 10\u00a0Pers.' })).toBeInTheDocument();
    expect(within(diagram).getByRole('button', { name: 'Landkreis Gießen: 12\u00a0Pers.' })).toBeInTheDocument();
    expect(within(diagram).getByRole('img', { name: 'In Gemeinden des Kreises: 12\u00a0Pers.' })).toBeInTheDocument();
    expect(within(diagram).getByRole('img', { name: 'Abgänge (ausgezogen, ausgereist): 5\u00a0Pers.' })).toBeInTheDocument();
    const links = within(screen.getByRole('group', { name: 'Flüsse' })).getAllByRole('img');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'Landkreis Gießen → In Gemeinden des Kreises: 12\u00a0Pers.',
        'Darmstadt → Beim Kreis untergebracht: 10\u00a0Pers.',
        'Aus dem früheren Bestand des Kreises → Landkreis Gießen: 1\u00a0Pers.',
      ]),
    );
    // Exact records: EAE A sent 1 + 3 + 1 to Darmstadt, EAE B 2 + 3.
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining(['EAE A → Darmstadt: 5\u00a0Pers.', 'EAE B → Darmstadt: 5\u00a0Pers.', 'EAE A → Landkreis Gießen: 6\u00a0Pers.']),
    );
    // One tab stop for all links (roving focus).
    expect(links.filter((l) => l.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('shows a link’s persons on hover and on focus; arrows move between links', async () => {
    const user = userEvent.setup();
    renderView();
    const links = within(screen.getByRole('group', { name: 'Flüsse' })).getAllByRole('img');
    await user.hover(links[0]!);
    expect(document.querySelector('.flows-tip')?.textContent).toBe(links[0]!.getAttribute('aria-label'));
    await user.unhover(links[0]!);
    expect(document.querySelector('.flows-tip')).toBeNull();
    links[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    expect(document.querySelector('.flows-tip')?.textContent).toBe(links[1]!.getAttribute('aria-label'));
  });

  it('defaults to the run up to the cursor day and follows it', () => {
    const { rerenderDay } = renderView({ day: 2 });
    expect(summary()).toHaveTextContent('01.10.2015 bis 03.10.2015 (3 Tage)');
    expect(screen.getByRole('button', { name: 'Bis zum Cursortag' })).toHaveAttribute('aria-pressed', 'true');
    rerenderDay(3);
    expect(summary()).toHaveTextContent('01.10.2015 bis 04.10.2015 (4 Tage)');
  });

  it('takes a typed period; an invalid one shows a message and keeps the previous period', () => {
    renderView({ day: 5 });
    const from = screen.getByLabelText('Zeitraum von');
    const to = screen.getByLabelText('Zeitraum bis');
    fireEvent.change(from, { target: { value: '2015-10-04' } });
    expect(summary()).toHaveTextContent('04.10.2015 bis 06.10.2015 (3 Tage)');
    expect(screen.getByRole('button', { name: 'EAE A: 6\u00a0Pers.' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(to, { target: { value: '2015-10-02' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Das Enddatum liegt vor dem Anfangsdatum. Es gilt weiter der bisherige Zeitraum.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveValue('2015-10-02');
    expect(summary()).toHaveTextContent('04.10.2015 bis 06.10.2015 (3 Tage)');
    expect(screen.getByRole('button', { name: 'EAE A: 6\u00a0Pers.' })).toBeInTheDocument();

    fireEvent.change(from, { target: { value: '2015-10-01' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(summary()).toHaveTextContent('01.10.2015 bis 02.10.2015 (2 Tage)');
    expect(screen.getByRole('button', { name: 'Bis zum Cursortag' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('rejects dates outside the run', () => {
    renderView();
    fireEvent.change(screen.getByLabelText('Zeitraum von'), { target: { value: '2014-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Der Zeitraum muss im Lauf liegen (01.10.2015 bis 06.10.2015).');
    expect(summary()).toHaveTextContent('01.10.2015 bis 06.10.2015 (6 Tage)');
  });

  it('offers presets: month, quarter and whole run', async () => {
    const user = userEvent.setup();
    const { rerenderDay } = renderView({ day: 1 });
    await user.click(screen.getByRole('button', { name: 'Ganzer Lauf' }));
    expect(summary()).toHaveTextContent('01.10.2015 bis 06.10.2015 (6 Tage)');
    await user.click(screen.getByRole('button', { name: 'Monat des Cursortags' }));
    expect(summary()).toHaveTextContent('01.10.2015 bis 06.10.2015 (6 Tage)');
    rerenderDay(4);
    await user.click(screen.getByRole('button', { name: 'Quartal des Cursortags' }));
    expect(screen.getByRole('button', { name: 'Quartal des Cursortags' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('selects a Kreis or site on click and with the keyboard', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderView({ onSelect });
    await user.click(screen.getByRole('button', { name: /^Darmstadt: / }));
    expect(onSelect).toHaveBeenLastCalledWith('06411');
    screen.getByRole('button', { name: /^EAE B: / }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('eae-b');
  });

  it('marks the selected Kreis and deselects it on a second click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderView({ selected: '06411', onSelect });
    const node = screen.getByRole('button', { name: /^Darmstadt: / });
    expect(node).toHaveAttribute('aria-pressed', 'true');
    await user.click(node);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('speaks English', () => {
    renderView({ lang: 'en' });
    expect(screen.getByRole('group', { name: /^Sankey diagram of the flows from/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'To Gemeinden of the Kreis: 12\u00a0persons' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Period to'), { target: { value: '2016-09-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The period must lie within the run');
  });

  it('says that the flows are exact and lists transfers between sites', () => {
    const { rerenderDay } = renderView({ day: 5 });
    expect(screen.getByText(/genau die Zuweisungen, direkten Aufnahmen und Anfangsbestände/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: /^Verlegungen zwischen Erstaufnahme-Einrichtungen im Zeitraum/ });
    expect(list).toHaveAccessibleName('Verlegungen zwischen Erstaufnahme-Einrichtungen im Zeitraum (nicht gezeichnet): 4\u00a0Pers.');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['EAE A → EAE B: 4\u00a0Pers.']);
    rerenderDay(2);
    expect(screen.queryByRole('region', { name: /^Verlegungen/ })).toBeNull();
  });

  it('says so when nothing flowed', () => {
    render(
      <I18nProvider>
        <FlowsView data={makeRunData({})} version={1} day={3} selected={null} onSelect={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByText('Im gewählten Zeitraum gab es keine Zuweisungen und keine Abgänge.')).toBeInTheDocument();
  });

  describe('moves within a Kreis out of Notunterkunft', () => {
    // Landkreis Gießen (4) moves 3 out of its Notunterkunft into Gemeinde Eins (5); Gemeinde Zwei (6) 2 into the Kreis's own places.
    const MOVES: FlowRecord[] = [
      { day: 2, kind: 'kreisintern', from: 4, to: 5, persons: 3 },
      { day: 4, kind: 'kreisintern', from: 6, to: 4, persons: 2 },
    ];
    const renderMoves = (lang: Lang) => {
      const data = makeRunData(VALUES, [...RECORDS, ...MOVES].sort((x, y) => x.day - y.day));
      return render(
        <I18nProvider initial={lang}>
          <FlowsView data={data} version={1} day={5} selected={null} onSelect={() => {}} />
        </I18nProvider>,
      );
    };
    // toHaveTextContent compares with the white space collapsed: the no-break space before the unit becomes a space.
    const linkLabels = (name: string) => within(screen.getByRole('group', { name })).getAllByRole('img').map((l) => l.getAttribute('aria-label'));

    it('draws them as their own links in their colour, with legend, office and legal basis from the chart, and table (German)', () => {
      renderMoves('de');
      expect(linkLabels('Flüsse')).toEqual(
        expect.arrayContaining([
          'Aus Notunterkünften im Kreis → Landkreis Gießen (Verlegung innerhalb des Kreises): 5\u00a0Pers.',
          'Landkreis Gießen → In Gemeinden des Kreises (Verlegung innerhalb des Kreises): 3\u00a0Pers.',
          'Landkreis Gießen → Beim Kreis untergebracht (Verlegung innerhalb des Kreises): 2\u00a0Pers.',
          // The Zuweisungen to the Gemeinden run beside them, unchanged.
          'Landkreis Gießen → In Gemeinden des Kreises: 12\u00a0Pers.',
        ]),
      );
      const moved = within(screen.getByRole('group', { name: 'Flüsse' })).getByRole('img', { name: /^Landkreis Gießen → In Gemeinden des Kreises \(Verlegung/ });
      expect(moved).toHaveAttribute('stroke', KREISINTERN_COLOUR);
      const legend = screen.getByRole('list', { name: 'Legende' });
      const entry = within(legend).getByText(/^Verlegung innerhalb des Kreises/).closest('li')!;
      expect(entry).toHaveTextContent('Verlegung innerhalb des Kreises (aus einer Notunterkunft in einen freien regulären Platz): 5 Pers.');
      expect(entry).toHaveTextContent('Zuständig: Landkreis (Verlegung innerhalb des Kreises); Rechtsgrundlage: § 1 LAG');
      expect(entry).toHaveTextContent('§ 2 Abs. 2 S. 2 LAG');
      expect(entry.querySelector('.swatch')).toHaveStyle({ background: KREISINTERN_COLOUR });
      const table = screen.getByRole('table');
      const col = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Verlegung innerhalb des Kreises (Pers.)');
      expect(col).toBeGreaterThan(0);
      const row = within(table).getByRole('row', { name: /^Landkreis Gießen/ });
      expect(within(row).getAllByRole('cell')[col - 1]).toHaveTextContent('5');
    });

    it('speaks English', () => {
      renderMoves('en');
      expect(linkLabels('Flows')).toEqual(
        expect.arrayContaining(['Landkreis Gießen → To Gemeinden of the Kreis (transfer within the Kreis): 3\u00a0persons']),
      );
      const entry = within(screen.getByRole('list', { name: 'Legend' })).getByText(/^Transfer within the Kreis/).closest('li')!;
      expect(entry).toHaveTextContent('Transfer within the Kreis (from an emergency shelter into a free regular place): 5 persons');
      expect(entry).toHaveTextContent('Responsible: Landkreis (transfer within the Kreis); legal basis: § 1 LAG');
      expect(screen.getByRole('columnheader', { name: 'transfer within the Kreis (persons)' })).toBeInTheDocument();
    });

    it('counts only the moves of the chosen period', () => {
      renderMoves('de');
      fireEvent.change(screen.getByLabelText('Zeitraum von'), { target: { value: '2015-10-04' } });
      expect(within(screen.getByRole('list', { name: 'Legende' })).getByText(/^Verlegung innerhalb des Kreises/)).toHaveTextContent('regulären Platz): 2 Pers. Zuständig');
    });
  });
});
