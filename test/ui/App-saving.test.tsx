/**
 * Saving, sharing and dropping in the app: an own scenario saved, listed with its date, opened again after a reload;
 * entries renamed and deleted; a corrupt record named while the rest is listed; comparisons handed to the Vergleich
 * view; the whole state kept in the URL; share links and dropped files, with bad ones changing nothing.
 */
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { Session } from '../../src/ui/data/session.ts';
import { MESSAGES } from '../../src/ui/i18n/index.ts';
import { DB_NAME, DB_VERSION, openIdbStorage, STORE } from '../../src/ui/storage/idb.ts';
import { encodeShare } from '../../src/ui/share/share.ts';
import { renderApp } from './appHarness.tsx';

const de = MESSAGES.de;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  history.replaceState(null, '', '/');
});

async function settled(session: Session, status: 'ready' | 'invalid', scenarioId?: string) {
  await waitFor(
    () => {
      const s = session.getState();
      expect(s.status).toBe(status);
      if (scenarioId) expect(s.data?.scenarioId).toBe(scenarioId);
      if (status === 'ready') expect(s.data?.complete).toBe(true);
    },
    { timeout: 10_000 },
  );
}

const scenarioText = (over: Record<string, unknown> = {}) => JSON.stringify({ ...musterkreis, ...over });
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
async function choose(f: File) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(de.ownScenario, { selector: 'input' }), { target: { files: [f] } });
    await new Promise((r) => setTimeout(r, 20));
  });
}
/** Files dragged over the page and dropped. */
async function drop(...files: File[]) {
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  fireEvent.dragEnter(window, { dataTransfer });
  fireEvent.dragOver(window, { dataTransfer });
  expect(screen.getByText('Szenario-Datei (JSON) hier ablegen')).toBeInTheDocument();
  await act(async () => {
    fireEvent.drop(window, { dataTransfer });
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.queryByText('Szenario-Datei (JSON) hier ablegen')).toBeNull();
}
const params = () => new URLSearchParams(location.search);
const menu = () => screen.getByRole('combobox', { name: de.scenario });
/** The storage the app uses (a second connection to the same database). */
async function store() {
  const r = await openIdbStorage();
  if (!('storage' in r)) throw new Error(r.problem.en);
  return r.storage;
}
async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Gespeichert' }));
  return screen.getByRole('region', { name: 'Gespeicherte Szenarien und Vergleiche' });
}

describe('saving scenarios', { timeout: 20_000 }, () => {
  it('saves the own scenario, lists it with its date, and opens it again after a reload (eigen=<id>)', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await settled(first.session, 'ready', 'musterkreis');
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeDisabled();
    await choose(file('eigen.json', scenarioText({ id: 'eigen' })));
    await settled(first.session, 'ready', 'eigen');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Speichern' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Gespeichert als „eigen.json“.')).toBeInTheDocument();
    const [saved] = await (await store()).list('scenario');
    await waitFor(() => expect(params().get('eigen')).toBe(saved!.id));
    expect(params().get('teilen')).toBeNull();
    const panel = await openPanel(user);
    const row = (await within(panel).findByText('eigen.json')).closest('li')!;
    const shown = new Date(saved!.savedAt).toLocaleString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    expect(row).toHaveTextContent(`gespeichert am ${shown}`);
    expect(within(row).getByRole('time')).toHaveAttribute('datetime', saved!.savedAt);

    // Reload: the page opens at the address the app wrote.
    const search = location.search;
    first.unmount();
    first.session.dispose();
    const again = renderApp(search);
    await settled(again.session, 'ready', 'eigen');
    expect(menu()).toHaveDisplayValue('eigen.json');
    expect(again.workers.created).toHaveLength(1);
    const reopened = await openPanel(user);
    expect(await within(reopened).findByText('eigen.json')).toBeInTheDocument();
  });

  it('opens a saved scenario from the panel, renames and deletes entries', async () => {
    const user = userEvent.setup();
    const s = await store();
    await s.save('scenario', 'Entwurf Auental', { value: { ...musterkreis, id: 'entwurf' }, base: 'musterkreis' });
    const other = await s.save('scenario', 'Alt', { value: { ...musterkreis, id: 'alt' } });
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    let panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Öffnen: Entwurf Auental' }));
    await settled(session, 'ready', 'entwurf');
    expect(menu()).toHaveDisplayValue('Entwurf Auental');
    expect(screen.queryByRole('region', { name: 'Gespeicherte Szenarien und Vergleiche' })).toBeNull();

    panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Umbenennen: Alt' }));
    const field = within(panel).getByRole('textbox', { name: 'Neuer Name für „Alt“' });
    await user.clear(field);
    await user.type(field, 'Neu benannt{Enter}');
    expect(await within(panel).findByText('Neu benannt')).toBeInTheDocument();
    expect((await s.load(other.id))?.name).toBe('Neu benannt');
    await user.click(within(panel).getByRole('button', { name: 'Löschen: Neu benannt' }));
    await user.click(within(panel).getByRole('button', { name: 'Löschen' }));
    await waitFor(() => expect(within(panel).queryByText('Neu benannt')).toBeNull());
    expect(await s.load(other.id)).toBeNull();
    expect(within(panel).getByText('Entwurf Auental')).toBeInTheDocument();
  });

  it('deleting the entry on screen makes the URL carry the scenario as a share code instead', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Offen', { value: { ...musterkreis, id: 'offen' } });
    const { session } = renderApp(`?eigen=${saved.id}`);
    await settled(session, 'ready', 'offen');
    await waitFor(() => expect(params().get('eigen')).toBe(saved.id));
    const panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Löschen: Offen' }));
    await user.click(within(panel).getByRole('button', { name: 'Löschen' }));
    await waitFor(() => expect(params().get('eigen')).toBeNull());
    expect(params().get('teilen')).toBeTruthy();
    expect(session.getState().data?.scenarioId).toBe('offen');
  });

  it('renaming the entry on screen renames it everywhere, without a new run, and keeps eigen=<id>', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Offen', { value: { ...musterkreis, id: 'offen' } });
    const { session, workers } = renderApp(`?eigen=${saved.id}`);
    await settled(session, 'ready', 'offen');
    expect(menu()).toHaveDisplayValue('Offen');
    const panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Umbenennen: Offen' }));
    const field = within(panel).getByRole('textbox', { name: 'Neuer Name für „Offen“' });
    await user.clear(field);
    await user.type(field, 'Auental 2030{Enter}');
    expect(await within(panel).findByText('Auental 2030')).toBeInTheDocument();
    await waitFor(() => expect(menu()).toHaveDisplayValue('Auental 2030'));
    // The saved scenario carries the name too, so that exports and the Szenario view agree with the list.
    expect(((await s.load(saved.id))?.payload as { value: { name: unknown } }).value.name).toEqual({ de: 'Auental 2030', en: 'Auental 2030' });
    expect(session.getState().data?.scenario?.name).toEqual({ de: 'Auental 2030', en: 'Auental 2030' });
    await user.click(screen.getByRole('tab', { name: de.viewScenario }));
    expect(screen.getByRole('heading', { level: 2, name: /Auental 2030/ })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: de.viewEdit }));
    expect(screen.getByText(/Auental 2030/, { selector: '.edit-help' })).toBeInTheDocument();
    expect(workers.created).toHaveLength(1);
    expect(params().get('eigen')).toBe(saved.id);
    expect(params().get('teilen')).toBeNull();
  });

  it('a renamed entry opens under its new name after a reload', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Offen', { value: { ...musterkreis, id: 'offen' } });
    const first = renderApp(`?eigen=${saved.id}&ansicht=szenario`);
    await settled(first.session, 'ready', 'offen');
    const panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Umbenennen: Offen' }));
    const field = within(panel).getByRole('textbox', { name: 'Neuer Name für „Offen“' });
    await user.clear(field);
    await user.type(field, 'Auental 2030{Enter}');
    await waitFor(() => expect(menu()).toHaveDisplayValue('Auental 2030'));
    const search = location.search;
    first.unmount();
    first.session.dispose();
    const again = renderApp(search);
    await settled(again.session, 'ready', 'offen');
    expect(menu()).toHaveDisplayValue('Auental 2030');
    expect(screen.getByRole('heading', { level: 2, name: /Auental 2030/ })).toBeInTheDocument();
  });

  it('renaming the entry on screen in English renames the menu entry too', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Open', { value: { ...musterkreis, id: 'open' } });
    const { session } = renderApp(`?eigen=${saved.id}&sprache=en`);
    await settled(session, 'ready', 'open');
    const enMenu = () => screen.getByRole('combobox', { name: MESSAGES.en.scenario });
    expect(enMenu()).toHaveDisplayValue('Open');
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    const panel = screen.getByRole('region', { name: 'Saved scenarios and comparisons' });
    await user.click(await within(panel).findByRole('button', { name: 'Rename: Open' }));
    const field = within(panel).getByRole('textbox', { name: 'New name for “Open”' });
    await user.clear(field);
    await user.type(field, 'Renamed{Enter}');
    await waitFor(() => expect(enMenu()).toHaveDisplayValue('Renamed'));
    await user.click(screen.getByRole('tab', { name: MESSAGES.en.viewScenario }));
    expect(screen.getByRole('heading', { level: 2, name: /Renamed/ })).toBeInTheDocument();
    expect(params().get('eigen')).toBe(saved.id);
  });

  it('renaming another entry leaves the scenario on screen as it is', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Offen', { value: { ...musterkreis, id: 'offen' } });
    await s.save('scenario', 'Anderes', { value: { ...musterkreis, id: 'anderes' } });
    const { session } = renderApp(`?eigen=${saved.id}`);
    await settled(session, 'ready', 'offen');
    const panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Umbenennen: Anderes' }));
    const field = within(panel).getByRole('textbox', { name: 'Neuer Name für „Anderes“' });
    await user.clear(field);
    await user.type(field, 'Drittes{Enter}');
    expect(await within(panel).findByText('Drittes')).toBeInTheDocument();
    expect(menu()).toHaveDisplayValue('Offen');
    expect(session.getState().data?.scenario?.name).toEqual(musterkreis.name);
  });

  it('deleting the entry on screen keeps the scenario running and shows it as not saved (German and English)', async () => {
    const user = userEvent.setup();
    const s = await store();
    const saved = await s.save('scenario', 'Offen', { value: { ...musterkreis, id: 'offen' } });
    const { session, workers } = renderApp(`?eigen=${saved.id}`);
    await settled(session, 'ready', 'offen');
    const panel = await openPanel(user);
    await user.click(await within(panel).findByRole('button', { name: 'Löschen: Offen' }));
    await user.click(within(panel).getByRole('button', { name: 'Löschen' }));
    await waitFor(() => expect(menu()).toHaveDisplayValue('Offen (nicht gespeichert)'));
    expect(within(panel).queryByRole('button', { name: 'Öffnen: Offen' })).toBeNull();
    expect(params().get('eigen')).toBeNull();
    expect(workers.created).toHaveLength(1);
    expect(session.getState().data?.scenarioId).toBe('offen');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('combobox', { name: MESSAGES.en.scenario })).toHaveDisplayValue('Offen (not saved)');
    // Saved again, it is a new entry and no longer marked.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: MESSAGES.en.scenario })).toHaveDisplayValue('Offen'));
    const [again] = await s.list('scenario');
    expect(again!.id).not.toBe(saved.id);
    await waitFor(() => expect(params().get('eigen')).toBe(again!.id));
  });

  it('names a corrupt record and still lists and opens the others', async () => {
    const user = userEvent.setup();
    const s = await store();
    await s.save('scenario', 'Heil', { value: { ...musterkreis, id: 'heil' } });
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.put(STORE, { v: 2, id: 'kaputt', kind: 'scenario', name: 'Kaputt', savedAt: 'gestern', payload: {} });
    db.close();
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const panel = await openPanel(user);
    expect(await within(panel).findByText(/Gespeicherter Eintrag kaputt ist beschädigt: savedAt:/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Öffnen: Heil' }));
    await settled(session, 'ready', 'heil');
  });

  it('hands a saved comparison to the Vergleich view by id, and the URL names it', async () => {
    const user = userEvent.setup();
    const s = await store();
    const cmp = await s.save('comparison', 'Quote gegen Kapazität', { runs: 5 });
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const panel = await openPanel(user);
    expect(within(panel).getByRole('heading', { name: 'Vergleiche' })).toBeInTheDocument();
    await user.click(await within(panel).findByRole('button', { name: 'Öffnen: Quote gegen Kapazität' }));
    await waitFor(() => expect(params().get('vergleich')).toBe(cmp.id));
  });

  it('works without saving where the browser has no IndexedDB, and says so', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const user = userEvent.setup();
      const { session } = renderApp();
      await settled(session, 'ready', 'musterkreis');
      expect(await screen.findByText('Speichern nicht möglich')).toHaveAttribute('title', expect.stringMatching(/kein IndexedDB/));
      const panel = await openPanel(user);
      expect(within(panel).getByText(/Die App funktioniert, aber ohne gespeicherte Einträge/)).toBeInTheDocument();
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('names a saved entry in the URL that does not exist, and starts as the rest of the URL says', async () => {
    const { session } = renderApp('?eigen=weg&szenario=musterkreis');
    await settled(session, 'ready', 'musterkreis');
    expect(await screen.findByText('Parameter „eigen“: Der gespeicherte Eintrag „weg“ ist nicht (mehr) vorhanden.')).toBeInTheDocument();
  });
});

describe('the URL keeps the whole state', { timeout: 20_000 }, () => {
  it('writes view, unit, date, language, policies and seed, and a reload restores them', async () => {
    const user = userEvent.setup();
    const first = renderApp('?seed=7&kreis=einwohner&ansicht=zeitverlauf&einheit=K2&datum=2024-03-05&sprache=en');
    await settled(first.session, 'ready', 'musterkreis');
    await waitFor(() => expect(params().get('datum')).toBe('2024-03-05'));
    expect(Object.fromEntries(params())).toEqual({
      szenario: 'musterkreis',
      seed: '7',
      kreis: 'einwohner',
      ansicht: 'zeitverlauf',
      einheit: 'K2',
      datum: '2024-03-05',
      sprache: 'en',
    });
    // A step moves the date; another view and unit are written too.
    await user.click(screen.getByRole('button', { name: /\+1 day/ }));
    await waitFor(() => expect(params().get('datum')).toBe('2024-03-06'));
    await user.click(screen.getByRole('tab', { name: 'Flows' }));
    await waitFor(() => expect(params().get('ansicht')).toBe('fluesse'));
    const search = location.search;
    first.unmount();
    first.session.dispose();
    const again = renderApp(search);
    await settled(again.session, 'ready', 'musterkreis');
    expect(screen.getByRole('tab', { name: 'Flows' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(document.querySelector('.run-bar output')).toHaveTextContent(/6 Mar 2024/));
    expect(document.querySelector('aside.detail')).toHaveTextContent('Landkreis Auental');
    expect((again.workers.created[0]!.received[0] as { options: { seed?: number; kreisPolicy?: string } }).options).toMatchObject({ seed: 7, kreisPolicy: 'einwohner' });
  });

  it('does not write the date every frame while playing, and writes it on pause', async () => {
    const user = userEvent.setup();
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await waitFor(() => expect(params().get('datum')).toBe('2024-01-01'));
    const writes: string[] = [];
    const original = history.replaceState.bind(history);
    history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
      writes.push(String(url));
      original(data, unused, url);
    };
    try {
      await user.click(screen.getByRole('button', { name: 'Abspielen' }));
      await new Promise((r) => setTimeout(r, 600));
      expect(writes.filter((w) => w.includes('datum='))).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Anhalten' }));
      await waitFor(() => expect(params().get('datum')).not.toBe('2024-01-01'));
      expect(writes).toHaveLength(1);
    } finally {
      history.replaceState = original;
    }
  });
});

describe('share links', { timeout: 20_000 }, () => {
  it('"Link teilen" shows a link that opens the same scenario in a fresh page', async () => {
    const user = userEvent.setup();
    const first = renderApp('?kreis=einwohner');
    await settled(first.session, 'ready', 'musterkreis');
    await choose(file('geteilt.json', scenarioText({ id: 'geteilt', name: { de: 'Geteilt', en: 'Shared' } })));
    await settled(first.session, 'ready', 'geteilt');
    await user.click(screen.getByRole('button', { name: 'Link teilen' }));
    const link = new URL((screen.getByRole('textbox', { name: 'Geteilter Link' }) as HTMLInputElement).value);
    expect(link.searchParams.get('teilen')).toBeTruthy();
    expect(link.searchParams.get('kreis')).toBe('einwohner');
    first.unmount();
    first.session.dispose();
    // A fresh browser: nothing saved.
    globalThis.indexedDB = new IDBFactory();
    const fresh = renderApp(link.search);
    await settled(fresh.session, 'ready', 'geteilt');
    expect(menu()).toHaveDisplayValue('Geteilt');
    expect(fresh.workers.created).toHaveLength(1);
  });

  it('a broken link is named in the UI language and the app starts on the default', async () => {
    const { session } = renderApp('?teilen=kaputt&sprache=en');
    await settled(session, 'ready', 'musterkreis');
    expect(screen.getByText(/The shared link is invalid: it cannot be decompressed/)).toBeInTheDocument();
  });

  it('a link made from a built-in carries only the difference and opens with that base', async () => {
    const value = { ...structuredClone(musterkreis), id: 'kleiner' };
    const code = encodeShare({ name: 'x', value, base: 'musterkreis' });
    if (!('code' in code)) throw new Error(code.problem.en);
    const { session } = renderApp(`?teilen=${code.code}`);
    await settled(session, 'ready', 'kleiner');
    await waitFor(() => expect(params().get('teilen')).toBe(code.code));
  });
});

describe('dropping scenario files', { timeout: 20_000 }, () => {
  it('runs a dropped scenario, as from the file button', async () => {
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await drop(file('gezogen.json', scenarioText({ id: 'gezogen' })));
    await settled(session, 'ready', 'gezogen');
    expect(menu()).toHaveDisplayValue('gezogen.json');
  });

  it('a bad dropped file is named and changes nothing: run, choice and saved entries stay', async () => {
    const user = userEvent.setup();
    const s = await store();
    await s.save('scenario', 'Bleibt', { value: { ...musterkreis, id: 'bleibt' } });
    const { session, workers } = renderApp('?kreis=einwohner');
    await settled(session, 'ready', 'musterkreis');
    const before = session.getState().data;
    const runs = workers.created.length;
    const url = location.search;
    await drop(file('kaputt.json', '{ "id": '));
    expect(screen.getByText(/^kaputt\.json: kein gültiges JSON/)).toBeInTheDocument();
    await drop(file('text.json', '"herbst-2015"'));
    expect(screen.getByText(/^text\.json: enthält nur einen Text/)).toBeInTheDocument();
    await drop(file('a.json', '{}'), file('b.json', '{}'));
    expect(screen.getByText('Bitte genau eine Datei ablegen.')).toBeInTheDocument();
    expect(workers.created).toHaveLength(runs);
    expect(session.getState().data).toBe(before);
    // A file the loader rejects names the field and leaves the run on screen.
    await drop(file('feld.json', scenarioText({ id: 'feld', period: { start: '2024-13-01', end: '2025-12-31' } })));
    await settled(session, 'invalid');
    expect(screen.getByText('period.start')).toBeInTheDocument();
    expect(session.getState().data).toBe(before);
    expect(menu()).toHaveDisplayValue('Musterland mit drei Kreisen');
    expect(screen.getByRole('combobox', { name: de.kreisPolicy })).toHaveValue('einwohner');
    expect(location.search).toBe(url);
    const panel = await openPanel(user);
    expect(await within(panel).findByText('Bleibt')).toBeInTheDocument();
  });
});
