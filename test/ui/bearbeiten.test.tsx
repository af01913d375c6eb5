/** Szenario bearbeiten in the app: fields checked on entry, capacity tables, CSV import, undo and redo, Übernehmen. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { computed, renderApp } from './appHarness.tsx';
import type { FakeWorker } from './fakeWorker.ts';

/** The scenario the last run request handed to a worker. */
const lastSent = (workers: { created: FakeWorker[] }) => workers.created.at(-1)!.received[0]!.scenario as Scenario;

async function openEditor(search = '?ansicht=bearbeiten') {
  const user = userEvent.setup();
  const app = renderApp(search);
  await computed();
  await screen.findByRole('heading', { name: 'Szenario bearbeiten', level: 2 });
  return { user, ...app };
}

const section = (name: string) => screen.getByRole('button', { name });
const kreisTable = () => screen.getByRole('table', { name: /^Kreise/ });
const gemeindeTable = () => screen.getByRole('table', { name: /^Gemeinden/ });
const changes = () => screen.getByText(/\d+ Änderung/);

describe('Szenario bearbeiten', { timeout: 30_000 }, () => {
  it('an out-of-range capacity is named with its bound and does not enter the draft', async () => {
    const { user } = await openEditor();
    await user.click(section('Plätze der Kreise und Gemeinden'));
    const cell = within(kreisTable()).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Stadt Bergheim' });
    const before = (cell as HTMLInputElement).value;
    await user.clear(cell);
    await user.type(cell, '2000000');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Gemeinschaftsunterkünfte (GU), Stadt Bergheim: darf höchstens 1.000.000 Plätze sein');
    expect(cell).toHaveValue('2000000');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(changes()).toHaveTextContent('0 Änderungen');
    expect(before).not.toBe('2000000');
  });
});

/** Chooses a file in a labelled file input. */
async function chooseFile(label: RegExp, name: string, text: string) {
  const input = screen.getByLabelText(label, { selector: 'input[type=file]' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('Szenario bearbeiten: edits reach the run', { timeout: 30_000 }, () => {
  it('a valid capacity edit and Übernehmen run the edited scenario as the own one', async () => {
    const { user, workers, session } = await openEditor();
    await user.click(section('Plätze der Kreise und Gemeinden'));
    const cell = within(kreisTable()).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Landkreis Waldau' });
    await user.clear(cell);
    await user.type(cell, '1234{Enter}');
    expect(changes()).toHaveTextContent('1 Änderung');
    const runs = workers.created.length;
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(workers.created.length).toBe(runs + 1);
    const sent = lastSent(workers);
    expect(sent.accommodation.units.K1?.gu).toBe(1234);
    // The Kreis's other types keep the places it had by the per-1,000 rule (180,000 inhabitants × 0.5 flats per 1,000).
    expect(sent.accommodation.units.K1?.wohnung).toBe(90);
    await waitFor(() => expect(session.getState().status).toBe('ready'), { timeout: 10_000 });
    expect(screen.getByRole('combobox', { name: 'Szenario' })).toHaveDisplayValue('Musterland mit drei Kreisen (bearbeitet)');
    // The run on screen opens the Kreis with the places given.
    const data = session.getState().data!;
    const k1 = data.indexById.get('K1')!;
    expect(data.byType(k1, 0)!.find((t) => t.type === 'gu')!.capacity).toBeGreaterThanOrEqual(1234);
    // The edit stays in the draft after the run.
    expect(changes()).toHaveTextContent('1 Änderung');
  });

  it('an invalid draft lists its issues with their paths and starts no run', async () => {
    const { user, workers } = await openEditor();
    await user.click(section('Lage (Belegungsschwellen)'));
    const field = screen.getByRole('textbox', { name: /„angespannt“/ });
    await user.clear(field);
    await user.type(field, '105{Enter}');
    expect(changes()).toHaveTextContent('1 Änderung');
    const runs = workers.created.length;
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    const alert = screen.getByText('Der Entwurf wurde nicht übernommen:').closest('[role=alert]') as HTMLElement;
    expect(alert).toHaveTextContent('situation');
    expect(alert).toHaveTextContent('situation: die Schwellen müssen steigen: angespannt < ueberlastet < notbetrieb');
    expect(alert).not.toHaveTextContent('thresholds must rise');
    expect(workers.created.length).toBe(runs);
  });

  it('undo and redo restore values, by buttons and by Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y; Verwerfen goes back to the run', async () => {
    const { user } = await openEditor();
    await user.click(section('Erstaufnahme'));
    const field = () => screen.getByRole('textbox', { name: 'Höchstdauer in der Erstaufnahme (§ 47 AsylG)' });
    expect(field()).toHaveValue('180');
    await user.clear(field());
    await user.type(field(), '200{Enter}');
    await user.clear(field());
    await user.type(field(), '210{Enter}');
    expect(changes()).toHaveTextContent('2 Änderungen');
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(field()).toHaveValue('200');
    // The shortcuts while the focus is in the editor (the button just pressed is disabled when nothing is left to undo).
    field().focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(field()).toHaveValue('180');
    expect(changes()).toHaveTextContent('0 Änderungen');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(field()).toHaveValue('200');
    await user.keyboard('{Control>}y{/Control}');
    expect(field()).toHaveValue('210');
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(field()).toHaveValue('200');
    await user.click(screen.getByRole('button', { name: 'Verwerfen' }));
    expect(field()).toHaveValue('180');
    expect(changes()).toHaveTextContent('0 Änderungen');
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeDisabled();
  });

  it('the draft survives switching views', async () => {
    const { user } = await openEditor();
    await user.click(section('Erstaufnahme'));
    const field = () => screen.getByRole('textbox', { name: 'Höchstdauer in der Erstaufnahme (§ 47 AsylG)' });
    await user.clear(field());
    await user.type(field(), '150{Enter}');
    await user.click(screen.getByRole('tab', { name: 'Karte' }));
    await user.click(screen.getByRole('tab', { name: 'Szenario bearbeiten' }));
    await user.click(section('Erstaufnahme'));
    expect(field()).toHaveValue('150');
    expect(changes()).toHaveTextContent('1 Änderung');
  });

  it('messages follow the UI language', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Initial reception (Erstaufnahme)' }));
    const field = screen.getByRole('textbox', { name: 'Maximum stay in Erstaufnahme (§ 47 AsylG)' });
    await user.clear(field);
    await user.type(field, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Maximum stay in Erstaufnahme (§ 47 AsylG): must be at least 1 day');
    await user.clear(field);
    await user.type(field, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number');
  });
});

describe('Szenario bearbeiten: the Gemeinde table', { timeout: 30_000 }, () => {
  it('sorts by a column both ways and filters by name and AGS', async () => {
    const { user } = await openEditor('?szenario=herbst-2015&ansicht=bearbeiten');
    await user.click(section('Plätze der Kreise und Gemeinden'));
    const table = gemeindeTable();
    const firstNames = () =>
      within(gemeindeTable())
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('th')!.textContent);
    // Kreisfreie Städte are no Gemeinde units: 422 Gemeinden less the 5 cities.
    expect(screen.getByRole('heading', { name: /^Gemeinden/ })).toHaveTextContent('Gemeinden (417)');
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    await user.click(within(table).getByRole('button', { name: 'Einwohner' }));
    const population = () =>
      within(gemeindeTable())
        .getAllByRole('row')
        .slice(1)
        .map((r) => Number(r.querySelectorAll('td')[2]!.textContent!.replace(/\./g, '')));
    const desc = population();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(within(table).getByRole('columnheader', { name: /Einwohner/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(table).getByRole('button', { name: /Einwohner/ }));
    const asc = population();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBeLessThan(desc[0]!);
    await user.type(screen.getAllByRole('searchbox', { name: 'Filtern nach Name oder AGS' })[1]!, 'Gießen');
    // The Gemeinden named so and those of the Kreis named so: the 18 Gemeinden of the Landkreis Gießen.
    expect(firstNames()).toHaveLength(18);
    expect(firstNames()).toContain('Gießen');
    const filter = screen.getAllByRole('searchbox', { name: 'Filtern nach Name oder AGS' })[1]!;
    await user.clear(filter);
    await user.type(filter, '06531005');
    expect(firstNames()).toEqual(['Gießen']);
  }, 60_000);
});

describe('Szenario bearbeiten: CSV import', { timeout: 30_000 }, () => {
  it('arrivals from a good CSV replace the curve; a bad one is named by line and column and changes nothing', async () => {
    const { user } = await openEditor();
    expect(screen.getByText(/als feste Zahl je Tag angegeben/)).toBeInTheDocument();
    await chooseFile(/Zugänge aus CSV laden/, 'zugaenge.csv', 'monat,personen\n2024-01,500\n2024-02,650\n2024-03,1.000,5\n');
    expect(screen.getByRole('alert')).toHaveTextContent('Zeile 4: 3 Werte, die Kopfzeile hat 2 Spalten');
    expect(changes()).toHaveTextContent('0 Änderungen');
    await chooseFile(/Zugänge aus CSV laden/, 'zugaenge.csv', 'monat;personen\n2024-01;500\n2024-02;x\n');
    expect(screen.getByRole('alert')).toHaveTextContent('Zeile 3, Spalte „personen“: „x“ ist keine Zahl');
    expect(changes()).toHaveTextContent('0 Änderungen');
    await chooseFile(/Zugänge aus CSV laden/, 'zugaenge.csv', 'monat,personen\n2024-01,500\n2024-02,650\n');
    expect(changes()).toHaveTextContent('1 Änderung');
    const bar = screen.getByRole('slider', { name: /Feb\.? 2024/ });
    expect(bar).toHaveAttribute('aria-valuenow', '650');
    // A focused month changes with the arrow keys; the presses on one month are one change.
    bar.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(650);
    expect(changes()).toHaveTextContent('2 Änderungen');
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(screen.getByRole('slider', { name: /Feb\.? 2024/ })).toHaveAttribute('aria-valuenow', '650');
    // ← → move between months and leave the day of the run alone.
    const date = document.querySelector('.run-bar output')!.textContent;
    screen.getByRole('slider', { name: /Feb\.? 2024/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('slider', { name: /März 2024/ })).toHaveFocus();
    expect(document.querySelector('.run-bar output')!.textContent).toBe(date);
    // A month typed in its field.
    const march = screen.getByRole('textbox', { name: /Zugänge je Monat: März 2024/ });
    await user.clear(march);
    await user.type(march, '777{Enter}');
    expect(screen.getByRole('slider', { name: /März 2024/ })).toHaveAttribute('aria-valuenow', '777');
    // A file dropped onto the curve is read like a chosen one.
    const curve = document.querySelector('.edit-curve')!;
    await act(async () => {
      fireEvent.drop(curve, { dataTransfer: { types: ['Files'], files: [new File(['monat,personen\n2024-01,42\n'], 'z.csv', { type: 'text/csv' })] } });
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.getByRole('slider', { name: /Jan\.? 2024/ })).toHaveAttribute('aria-valuenow', '42');
    // The page-wide drop of scenario files leaves a file the curve took alone.
    expect(screen.queryByText(/z\.csv: kein gültiges JSON/)).toBeNull();
  });

  it('places from a good CSV fill the table; a bad one is named by line and column and changes nothing', async () => {
    await openEditor();
    await userEvent.setup().click(section('Plätze der Kreise und Gemeinden'));
    await chooseFile(/Plätze aus CSV laden \(Kreise\)/, 'plaetze.csv', 'ags,eigene,gu,wohnung,hotel\nK1,0,700,100,0\nK2,0,-5,0,0\n');
    expect(screen.getByRole('alert')).toHaveTextContent('Zeile 3, Spalte „gu“: -5: muss mindestens 0 Plätze sein');
    expect(changes()).toHaveTextContent('0 Änderungen');
    await chooseFile(/Plätze aus CSV laden \(Kreise\)/, 'plaetze.csv', 'ags,gu\nK9,10\n');
    expect(screen.getByRole('alert')).toHaveTextContent('Zeile 2, Spalte „ags“: „K9“ ist kein Kreis und keine Gemeinde dieses Szenarios');
    await chooseFile(/Plätze aus CSV laden \(Kreise\)/, 'plaetze.csv', 'ags,eigene,gu,wohnung,hotel\nK1,0,700,100,0\nK2,,800,,\n');
    expect(changes()).toHaveTextContent('1 Änderung');
    expect(within(kreisTable()).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Landkreis Waldau' })).toHaveValue('700');
    expect(within(kreisTable()).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Landkreis Auental' })).toHaveValue('800');
    expect(within(kreisTable()).getByRole('textbox', { name: 'Wohnungen, Landkreis Auental' })).toHaveValue('120');
  });
});
