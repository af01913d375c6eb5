/** Choosing scenario files in the app: what is read, what is rejected, and that the run on screen and the menu agree. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { MAX_SCENARIO_BYTES, MAX_SEED } from '../../src/engine/scenario/load.ts';
import { Session } from '../../src/ui/data/session.ts';
import { MESSAGES } from '../../src/ui/i18n/index.ts';
import { renderApp as renderAppShell } from './appHarness.tsx';
import type { FakeWorker } from './fakeWorker.ts';

const de = MESSAGES.de;
function renderApp(search = '') {
  const { session, workers } = renderAppShell(search);
  /** What the last run request handed to a worker. */
  const lastSent = () => (workers.created.at(-1) as FakeWorker).received[0]!;
  return { session, workers, lastSent };
}

/** Waits until the session has settled in a state. */
async function settled(session: Session, status: 'ready' | 'invalid' | 'error', scenarioId?: string) {
  await waitFor(
    () => {
      const s = session.getState();
      expect(s.status).toBe(status);
      if (scenarioId) expect(s.data?.scenarioId).toBe(scenarioId);
    },
    { timeout: 10_000 },
  );
}

const fileInput = () => screen.getByLabelText(de.ownScenario, { selector: 'input' });
const menu = () => screen.getByRole('combobox', { name: de.scenario });
/** A file chosen in the file dialog. */
async function choose(name: string, text: string) {
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [new File([text], name, { type: 'application/json' })] } });
    await new Promise((r) => setTimeout(r, 20));
  });
}
const scenarioText = (over: Record<string, unknown> = {}) => JSON.stringify({ ...musterkreis, ...over });

describe('choosing a scenario file', () => {
  it('runs a valid file and shows it in the menu', async () => {
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await choose('eigen.json', scenarioText({ id: 'eigen' }));
    await settled(session, 'ready', 'eigen');
    expect(menu()).toHaveDisplayValue('eigen.json');
  });

  it('a file holding null is that file, rejected: not the previous file run again under the new name', async () => {
    const { session, lastSent } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await choose('eigen.json', scenarioText({ id: 'eigen' }));
    await settled(session, 'ready', 'eigen');
    await choose('leer.json', 'null');
    await settled(session, 'invalid');
    expect(lastSent().scenario).toBeNull();
    expect(session.getState().data?.scenarioId).toBe('eigen');
    expect(screen.getByText(de.invalidHeading)).toBeInTheDocument();
    expect(menu()).toHaveDisplayValue('eigen.json');
  });

  it('after a rejected file the menu shows the run on screen again, and "Berechnen" computes that one', async () => {
    const user = userEvent.setup();
    const { session, lastSent } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await choose('kaputt.json', scenarioText({ id: 'kaputt', period: { start: '2024-13-01', end: '2025-12-31' } }));
    await settled(session, 'invalid');
    expect(screen.getByText('period.start')).toBeInTheDocument();
    expect(menu()).toHaveDisplayValue('Musterland mit drei Kreisen');
    expect(screen.queryByRole('option', { name: 'kaputt.json' })).toBeNull();
    await user.click(screen.getByRole('button', { name: de.compute }));
    expect(lastSent().scenario).toBe('musterkreis');
    await settled(session, 'ready', 'musterkreis');
  });

  it('a JSON syntax error replaces the notice of the file before it', async () => {
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await choose('kaputt.json', scenarioText({ id: 'kaputt', period: { start: '2024-13-01', end: '2025-12-31' } }));
    await settled(session, 'invalid');
    expect(screen.getByText(de.invalidHeading)).toBeInTheDocument();
    await choose('syntax.json', '{ "id": ');
    expect(screen.getByRole('alert', { name: '' })).toBeInTheDocument();
    expect(screen.getByText(/^syntax\.json: kein gültiges JSON/)).toBeInTheDocument();
    expect(screen.queryByText(de.invalidHeading)).toBeNull();
    expect(screen.queryByText('period.start')).toBeNull();
  });

  it('a file nested thousands of levels deep is named as such; the run on screen stays, and "Berechnen" still works', async () => {
    const user = userEvent.setup();
    const { session, workers } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const before = session.getState().data;
    const runs = workers.created.length;
    await choose('tief.json', `${'['.repeat(4100)}${']'.repeat(4100)}`);
    expect(screen.getByText(/^tief\.json: zu tief verschachtelt/)).toBeInTheDocument();
    expect(workers.created).toHaveLength(runs);
    expect(document.querySelector('.run-bar .status')).not.toHaveTextContent(de.computing);
    expect(session.getState().data).toBe(before);
    await user.click(screen.getByRole('button', { name: de.compute }));
    await settled(session, 'ready', 'musterkreis');
  });

  it('reads a leading byte order mark by the same rule as the command line', async () => {
    const { session } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    await choose('bom.json', `\uFEFF${scenarioText({ id: 'mit-bom' })}`);
    await settled(session, 'ready', 'mit-bom');
    await choose('zwei.json', `\uFEFF\uFEFF${scenarioText({ id: 'zwei-bom' })}`);
    expect(screen.getByText(/^zwei\.json: kein gültiges JSON/)).toBeInTheDocument();
  });

  it('refuses a file above the size limit before reading it', async () => {
    const { session, workers } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const runs = workers.created.length;
    await choose('gross.json', ' '.repeat(MAX_SCENARIO_BYTES + 1));
    expect(screen.getByText(/^gross\.json: zu groß \(20,0 MB, höchstens 20 MB\)/)).toBeInTheDocument();
    expect(workers.created).toHaveLength(runs);
  });

  it('a file holding only a string is not taken for a built-in scenario', async () => {
    const { session, workers } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const runs = workers.created.length;
    await choose('name.json', '"herbst-2015"');
    expect(screen.getByText(/^name\.json: enthält nur einen Text/)).toBeInTheDocument();
    expect(workers.created).toHaveLength(runs);
  });
});

describe('seed and URL by the rules of the scenario and the command line', () => {
  it('takes seeds up to the scenario’s bound and names one above it', async () => {
    const user = userEvent.setup();
    const { session, lastSent } = renderApp();
    await settled(session, 'ready', 'musterkreis');
    const seed = screen.getByLabelText(de.seed);
    await user.type(seed, String(MAX_SEED));
    await user.click(screen.getByRole('button', { name: de.compute }));
    expect(lastSent().options.seed).toBe(MAX_SEED);
    await user.clear(seed);
    await user.type(seed, String(MAX_SEED + 1));
    await user.click(screen.getByRole('button', { name: de.compute }));
    expect(screen.getByRole('alert')).toHaveTextContent(`Seed: „${MAX_SEED + 1}“ ist keine ganze Zahl von 0 bis ${MAX_SEED}`);
  });

  it('names a unit the run does not have, in the language of the page, and selects nothing', async () => {
    const { session } = renderApp('?einheit=06999&sprache=en');
    await settled(session, 'ready', 'musterkreis');
    expect(await screen.findByText(/Parameter “einheit”: “06999” is not a unit of this run/)).toBeInTheDocument();
    expect(document.querySelector('aside.detail')).toBeNull();
  });

  it('names an impossible date and a date outside the run', async () => {
    const first = renderApp('?datum=2024-02-30');
    expect(screen.getByText(/Parameter „datum“: „2024-02-30“ ist kein Datum/)).toBeInTheDocument();
    first.session.dispose();
    const { session } = renderApp('?datum=2030-01-01');
    await settled(session, 'ready', 'musterkreis');
    expect(await screen.findByText(/Parameter „datum“: „2030-01-01“ liegt nicht im Zeitraum des Laufs/)).toBeInTheDocument();
  });
});
