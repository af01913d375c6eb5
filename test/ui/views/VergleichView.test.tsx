/** Vergleich view on in-process comparison workers: bad overrides named by setup and field, results as runs finish, saving and opening. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorageContext, type Entry, type EntryInfo, type EntryKind, type Storage } from '../../../src/ui/storage/api.ts';
import { I18nProvider, type Lang } from '../../../src/ui/i18n/index.ts';
import { VergleichView } from '../../../src/ui/views/vergleich/VergleichView.tsx';
import { readSaved } from '../../../src/ui/views/vergleich/model.ts';
import { load, smallScenario } from '../../engine/helpers.ts';
import { fakeCompareWorkers } from '../fakeCompareWorker.ts';

const scenario = load(smallScenario({ arrivals: { noise: 'poisson' } }));

/** Storage in memory, as the IndexedDB one behaves through the interface. */
function memoryStorage(): Storage & { entries: Map<string, Entry> } {
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let n = 0;
  return {
    entries,
    async save(kind: EntryKind, name: string, payload: unknown, id?: string): Promise<EntryInfo> {
      const info = { id: id ?? `e${++n}`, kind, name, savedAt: '2026-12-06T12:00:00Z' };
      entries.set(info.id, { ...info, payload: structuredClone(payload) });
      listeners.forEach((l) => l());
      return info;
    },
    async list(kind: EntryKind) {
      return [...entries.values()].filter((e) => e.kind === kind).map(({ payload: _, ...info }) => info);
    },
    async load(id: string) {
      return entries.get(id) ?? null;
    },
    async remove(id: string) {
      entries.delete(id);
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

function renderView(lang: Lang = 'de', storage: Storage | null = null, openEntry?: string, workers = fakeCompareWorkers()) {
  const view = render(
    <I18nProvider initial={lang}>
      <StorageContext.Provider value={storage}>
        <VergleichView scenario={scenario} createWorker={workers.create} cores={2} openEntry={openEntry} />
      </StorageContext.Provider>
    </I18nProvider>,
  );
  return { workers, ...view };
}

const setupBox = (n: number) => screen.getByRole('group', { name: `Variante ${n}` });

// Runs of the real engine in-process: slower than the default test timeout on a busy machine.
const T = 30_000;

describe('VergleichView', () => {
  it('names a bad override by setup, parameter and bound, and starts nothing', async () => {
    const user = userEvent.setup();
    const { workers } = renderView();
    const box = setupBox(2);
    await user.click(within(box).getByRole('button', { name: 'Parameter ändern' }));
    await user.selectOptions(within(box).getByRole('combobox', { name: 'Parameter' }), 'erstaufnahme.forwardingShare');
    const value = within(box).getByRole('textbox', { name: /Wert/ });
    await user.clear(value);
    await user.type(value, '7');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Variante 2, Parameter In andere Länder weitergeleitet (EASY) (erstaufnahme.forwardingShare): 7 ist zu groß: erlaubt ist ≤ 1');
    expect(workers.created).toHaveLength(0);
  });

  it('says the same in English, and rejects runs out of range', async () => {
    const user = userEvent.setup();
    renderView('en');
    const runs = screen.getByRole('textbox', { name: /Runs per setup/ });
    await user.clear(runs);
    await user.type(runs, '101');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('runs: 101 is too large: allowed is ≤ 100');
  });

  it('compares two Kreis policies: progress to the end, the KPI table with intervals and differences', async () => {
    const user = userEvent.setup();
    renderView();
    await user.selectOptions(within(setupBox(1)).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }), 'einwohner');
    await user.selectOptions(within(setupBox(2)).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }), 'selbst');
    const runs = screen.getByRole('textbox', { name: /Läufe je Variante/ });
    await user.clear(runs);
    await user.type(runs, '2');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));
    await screen.findByText('4 / 4 Läufe', {}, { timeout: 10_000 });
    const table = screen.getByRole('table', { name: 'Kennzahlen' });
    const row = within(table).getAllByRole('row').find((r) => r.getAttribute('data-kpi') === 'zuweisungen')!;
    expect(row).toHaveTextContent('Zuweisungen an Kreise und kreisfreie Städte');
    expect(row).toHaveTextContent('Personen');
    // Mean and range per setup, and the difference to setup 1 with its interval.
    expect(within(row).getAllByRole('cell').filter((c) => c.classList.contains('diff'))).toHaveLength(1);
    expect(within(table).getByRole('columnheader', { name: /Δ zu Variante 1/ })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Ein Kreis allein' }, { timeout: 5000 })).toBeInTheDocument();
  }, T);

  it('goes on while another tab is open and shows its result and its setups on return', async () => {
    const user = userEvent.setup();
    const workers = fakeCompareWorkers();
    const first = renderView('de', null, undefined, workers);
    const runs = screen.getByRole('textbox', { name: /Läufe je Variante/ });
    await user.clear(runs);
    await user.type(runs, '2');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));
    first.unmount();
    renderView('de', null, undefined, workers);
    // The form as it was left.
    expect(screen.getByRole('textbox', { name: /Läufe je Variante/ })).toHaveValue('2');
    await screen.findByText('4 / 4 Läufe', {}, { timeout: 20_000 });
    expect(await screen.findByRole('table', { name: 'Kennzahlen' })).toBeInTheDocument();
  }, T);

  it('saves the comparison with its summaries and opens it again without running', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = renderView('de', storage);
    await user.selectOptions(within(setupBox(2)).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }), 'selbst');
    const runs = screen.getByRole('textbox', { name: /Läufe je Variante/ });
    await user.clear(runs);
    await user.type(runs, '1');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));
    await screen.findByText('2 / 2 Läufe', {}, { timeout: 10_000 });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Selbst gegen Szenario');
    await user.click(screen.getByRole('button', { name: 'Vergleich speichern' }));
    await screen.findByText('Gespeichert als „Selbst gegen Szenario“.');
    const [entry] = [...storage.entries.values()];
    expect(entry!.kind).toBe('comparison');
    expect(readSaved(entry!.payload)).toEqual({ ok: true, result: expect.anything() });
    first.unmount();

    const again = renderView('de', storage, entry!.id);
    await screen.findByText('Gespeicherter Vergleich „Selbst gegen Szenario“ (ohne neue Berechnung).');
    expect(screen.getByRole('table', { name: 'Kennzahlen' })).toBeInTheDocument();
    expect(again.workers.created).toHaveLength(0);
  }, T);

  it('reports a saved comparison that was tampered with, naming the field', async () => {
    const storage = memoryStorage();
    await storage.save('comparison', 'kaputt', { format: 'zuweisungslabor-vergleich-gespeichert/1', result: { scenario: { id: 'x', name: { de: 'x', en: 'x' } } } });
    renderView('de', storage, 'e1');
    await waitFor(() => expect(screen.getByText(/Der gespeicherte Vergleich kann nicht gelesen werden: result\.scenarioHash/)).toBeInTheDocument());
  });
});
