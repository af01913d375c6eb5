/** Szenario bearbeiten: the draft store's history, policies and their parameters, dated events, saving a draft. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { App } from '../../src/ui/App.tsx';
import { Session } from '../../src/ui/data/session.ts';
import type { EntryInfo, Storage } from '../../src/ui/storage/api.ts';
import { DraftStore } from '../../src/ui/views/bearbeiten/store.ts';
import { computed, renderApp } from './appHarness.tsx';
import { fakeWorkers, type FakeWorker } from './fakeWorker.ts';

const scenario = (): Scenario => {
  const r = loadScenario(musterkreis);
  if (!r.ok) throw new Error('musterkreis does not load');
  return r.scenario;
};
const lastSent = (workers: { created: FakeWorker[] }) => workers.created.at(-1)!.received[0]!.scenario as Scenario;

describe('the draft store', { timeout: 30_000 }, () => {
  it('undoes and redoes each edit, merges edits with one key in a row, and resets to its origin', () => {
    const store = new DraftStore();
    const origin = scenario();
    store.start(origin, 'musterkreis');
    store.edit((d) => void (d.erstaufnahme.maxDays = 100));
    store.edit((d) => void (d.erstaufnahme.maxDays = 101), 'k');
    store.edit((d) => void (d.erstaufnahme.maxDays = 102), 'k');
    expect(store.getSnapshot().changes).toBe(2);
    store.undo();
    expect(store.getSnapshot().value!.erstaufnahme.maxDays).toBe(100);
    store.undo();
    expect(store.getSnapshot().value!.erstaufnahme.maxDays).toBe(origin.erstaufnahme.maxDays);
    expect(store.getSnapshot().value).toEqual(origin);
    store.redo();
    store.redo();
    expect(store.getSnapshot().value!.erstaufnahme.maxDays).toBe(102);
    expect(store.getSnapshot().canRedo).toBe(false);
    // A recipe that changes nothing is no step.
    expect(store.edit((d) => void (d.erstaufnahme.maxDays = 102))).toBe(false);
    expect(store.getSnapshot().changes).toBe(2);
    // A new run is followed only while nothing is edited.
    const other = scenario();
    store.follow(other, 'herbst-2015');
    expect(store.getSnapshot().value!.erstaufnahme.maxDays).toBe(102);
    expect(store.getSnapshot().base).toBe('musterkreis');
    store.reset();
    expect(store.getSnapshot().value).toBe(other);
    expect(store.getSnapshot().base).toBe('herbst-2015');
    expect(store.getSnapshot().changes).toBe(0);
    expect(origin.erstaufnahme.maxDays).not.toBe(102);
  });
});

async function openEditor() {
  const user = userEvent.setup();
  const app = renderApp('?ansicht=bearbeiten');
  await computed();
  await screen.findByRole('heading', { name: 'Szenario bearbeiten', level: 2 });
  return { user, ...app };
}

describe('Szenario bearbeiten: policies and events', { timeout: 30_000 }, () => {
  it('chooses a Land policy and sets its declared parameter within its bounds; the run gets both', async () => {
    const { user, workers } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Zuweisungspolitik' }));
    const land = screen.getByRole('group', { name: 'Zuweisung Land → Kreis' });
    await user.selectOptions(within(land).getByRole('combobox'), 'kapazitaet');
    const window = within(land).getByRole('textbox', { name: 'Zeitfenster der Quotenbindung' });
    await user.type(window, '0{Enter}');
    expect(within(land).getByRole('alert')).toHaveTextContent(/muss mindestens 1/);
    await user.clear(window);
    await user.type(window, '30{Enter}');
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    const sent = lastSent(workers);
    expect(sent.policies.land).toBe('kapazitaet');
    expect(sent.policies.params.kapazitaetWindowDays).toBe(30);
  });

  it('adds an event, edits its date with a check on entry, and removes it again', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Ereignisse' }));
    expect(screen.getByText('Keine Ereignisse.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ereignis hinzufügen' }));
    const event = screen.getByRole('group', { name: /Ereignis 1/ });
    const date = within(event).getByRole('textbox', { name: /Datum/ });
    await user.clear(date);
    await user.type(date, '2024-02-30');
    expect(within(event).getByRole('alert')).toHaveTextContent('Datum (JJJJ-MM-TT): muss ein Datum JJJJ-MM-TT sein');
    await user.clear(date);
    await user.type(date, '2024-06-01{Enter}');
    expect(screen.getByRole('group', { name: 'Ereignis 1 (01.06.2024)' })).toBeInTheDocument();
    const set = within(screen.getByRole('group', { name: /Ereignis 1/ })).getByRole('textbox', { name: /Geänderte Parameter/ });
    await user.clear(set);
    await user.type(set, '{{"erstaufnahme.maxDays": 90}');
    await user.tab();
    expect(screen.getByText('3 Änderungen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Entfernen' }));
    expect(screen.getByText('Keine Ereignisse.')).toBeInTheDocument();
  });
});

describe('Szenario bearbeiten: lists of periods', { timeout: 30_000 }, () => {
  it('edits the Pauschale by period in a table: a cell is checked, the order of periods too, and the run gets the value', async () => {
    const { user, workers } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Geld' }));
    const table = screen.getByRole('table', { name: 'Pauschale nach dem LAG (Stufen I–III)' });
    const from2 = within(table).getByRole('textbox', { name: 'Pauschale nach dem LAG (Stufen I–III) › 2 › from' });
    await user.clear(from2);
    await user.type(from2, '2014-06-01{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Pauschale nach dem LAG (Stufen I–III) › 2 › from: muss nach dem vorigen Zeitraum (2015-01-01) liegen');
    expect(screen.getByText('0 Änderungen')).toBeInTheDocument();
    const tier = within(table).getByRole('textbox', { name: 'Pauschale nach dem LAG (Stufen I–III) › 2 › III' });
    await user.clear(tier);
    await user.type(tier, '900,5{Enter}');
    expect(screen.getByText('1 Änderung')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(lastSent(workers).money.pauschale[1]!.III).toBe(900.5);
  }, 30_000);
});

describe('Szenario bearbeiten: Erstaufnahme sites', { timeout: 30_000 }, () => {
  it("a site's places are checked on entry and reach the run", async () => {
    const { user, workers } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Erstaufnahme' }));
    const name = 'Erstaufnahme Musterstadt (eae-musterstadt): Plätze ab Datum › 1 › places';
    const cell = screen.getByRole('textbox', { name });
    expect(cell).toHaveValue('900');
    await user.clear(cell);
    await user.type(cell, '12,5');
    expect(screen.getByRole('alert')).toHaveTextContent(`${name}: muss eine ganze Zahl sein`);
    await user.clear(cell);
    await user.type(cell, '1200{Enter}');
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(lastSent(workers).erstaufnahme.sites[0]!.capacity[0]!.places).toBe(1200);
  });
});

class MemoryStorage implements Storage {
  saved: { kind: string; name: string; payload: unknown }[] = [];
  save(kind: 'scenario' | 'comparison', name: string, payload: unknown): Promise<EntryInfo> {
    this.saved.push({ kind, name, payload });
    return Promise.resolve({ id: String(this.saved.length), kind, name, savedAt: '2026-01-01T00:00:00Z' });
  }
  list = () => Promise.resolve([]);
  load = () => Promise.resolve(null);
  remove = () => Promise.resolve();
  subscribe = () => () => undefined;
}

let sessions: Session[] = [];
afterEach(() => {
  sessions.forEach((s) => s.dispose());
  sessions = [];
});

describe('Szenario bearbeiten: saving', { timeout: 30_000 }, () => {
  it('saves the draft as a scenario entry with its base; without storage there is no button', async () => {
    const storage = new MemoryStorage();
    const session = new Session(fakeWorkers().create);
    sessions.push(session);
    const user = userEvent.setup();
    const opened = Promise.resolve({ storage });
    render(<App session={session} search="?ansicht=bearbeiten" openStorage={() => opened} />);
    await computed();
    await user.click(screen.getByRole('button', { name: 'Erstaufnahme' }));
    const field = screen.getByRole('textbox', { name: 'Höchstdauer in der Erstaufnahme (§ 47 AsylG)' });
    await user.clear(field);
    await user.type(field, '120{Enter}');
    const editor = screen.getByRole('tabpanel');
    await user.click(await within(editor).findByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(storage.saved).toHaveLength(1));
    const entry = storage.saved[0]!;
    expect(entry.kind).toBe('scenario');
    expect(entry.name).toBe('Musterland mit drei Kreisen (bearbeitet)');
    expect((entry.payload as { base: string }).base).toBe('musterkreis');
    expect((entry.payload as { value: Scenario }).value.erstaufnahme.maxDays).toBe(120);
    expect(screen.getByText('Gespeichert: Musterland mit drei Kreisen (bearbeitet)')).toBeInTheDocument();
  });

  it('offers no saving without storage', async () => {
    await openEditor();
    expect(within(screen.getByRole('tabpanel')).queryByRole('button', { name: 'Speichern' })).toBeNull();
  });
});
