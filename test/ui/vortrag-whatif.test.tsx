/**
 * "Was wäre wenn" of the lecturer mode: the offered parameters come from the catalogue; a value outside its bounds is
 * refused with a message naming the field (German and English) and the run on screen stays; an accepted change is
 * computed in a second worker from the next day on, then shown with the original as baseline, and can be dropped.
 * The changed run agrees with the original up to the change, and a change to the value in force changes nothing.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { entryAt } from '../../src/engine/scenario/catalogue.ts';
import { RunControl, SessionProvider, useSession, useSessionObject } from '../../src/ui/app/context.tsx';
import type { RunData } from '../../src/ui/data/runData.ts';
import { Session } from '../../src/ui/data/session.ts';
import { changedRequest, useWhatIf, valueInForce, WhatIfProvider, type WhatIf } from '../../src/ui/data/whatIf.tsx';
import { I18nProvider, type Lang } from '../../src/ui/i18n/index.ts';
import { differences } from '../../src/ui/views/map/difference.ts';
import { checkParameterValue, describeChange, WHAT_IF_PARAMETERS } from '../../src/ui/views/vortrag/whatIf.ts';
import { WhatIfPanel } from '../../src/ui/views/vortrag/WhatIfPanel.tsx';
import { fakeWorkers } from './fakeWorker.ts';

let sessions: Session[] = [];
afterEach(() => {
  sessions.forEach((s) => s.dispose());
  sessions = [];
});

/** The panel over a musterkreis run, with a probe of what the views see. */
async function setup(lang: Lang = 'de') {
  const workers = fakeWorkers();
  const original = new Session(workers.create);
  sessions.push(original);
  const seen: { data: RunData | null; whatIf: WhatIf | null; control: ReturnType<typeof RunControl.useActorRef> | null; session: Session | null } = {
    data: null,
    whatIf: null,
    control: null,
    session: null,
  };
  function Probe() {
    seen.data = useSession((s) => s.data);
    seen.session = useSessionObject();
    seen.whatIf = useWhatIf();
    seen.control = RunControl.useActorRef();
    return null;
  }
  const createSession = () => {
    const s = new Session(workers.create);
    sessions.push(s);
    return s;
  };
  render(
    <I18nProvider initial={lang}>
      <SessionProvider session={original}>
        <RunControl.Provider>
          <WhatIfProvider createSession={createSession}>
            <Probe />
            <WhatIfPanel enabled openSignal={0} />
          </WhatIfProvider>
        </RunControl.Provider>
      </SessionProvider>
    </I18nProvider>,
  );
  act(() => original.run({ scenario: 'musterkreis', options: {} }));
  await waitFor(() => expect(original.getState().status).toBe('ready'), { timeout: 10_000 });
  const data = original.getState().data!;
  act(() => {
    seen.control!.send({ type: 'data.started', total: data.D });
    seen.control!.send({ type: 'data.progress', available: data.available });
    seen.control!.send({ type: 'cursor.seek', day: 100 });
  });
  return { workers, original, seen, user: userEvent.setup() };
}

describe('what-if parameters', () => {
  it('are fields of the parameter catalogue with a label, a unit and bounds', () => {
    for (const path of WHAT_IF_PARAMETERS) {
      const entry = entryAt(path);
      expect(entry?.label?.de, path).toBeTruthy();
      expect(entry?.unit, path).toBeDefined();
      expect(entry?.min ?? entry?.max, path).toBeDefined();
    }
  });

  it('reads typed values in either language and refuses those outside the bounds, naming the field', () => {
    expect(checkParameterValue('procurement.contractDays', ' 45 ', 'de')).toEqual({ ok: true, value: 45 });
    expect(checkParameterValue('procurement.threshold', '87,5', 'de')).toEqual({ ok: true, value: 0.875 });
    expect(checkParameterValue('procurement.threshold', '87.5', 'en')).toEqual({ ok: true, value: 0.875 });
    const far = checkParameterValue('procurement.contractDays', '20000', 'de');
    expect(far).toEqual({ ok: false, message: expect.stringContaining('„Von der Anfrage bis zum Vertrag“') });
    expect(far.ok ? '' : far.message).toContain('20.000\u00a0Tage liegt außerhalb des erlaubten Bereichs (mindestens 0\u00a0Tage und höchstens 10.958\u00a0Tage)');
    const low = checkParameterValue('procurement.threshold', '5', 'en');
    expect(low.ok ? '' : low.message).toMatch(/^“[^”]+”: 5\u00a0% is out of range \(at least 10\u00a0%/);
    expect(checkParameterValue('erstaufnahme.maxDays', 'viele', 'de')).toEqual({ ok: false, message: expect.stringContaining('keine Zahl') });
  });

  it('describes a change in one line', () => {
    expect(describeChange({ path: 'policies.kreis', value: 'kapazitaet', previous: 'einwohner' }, 'de')).toBe('Kreis-Politik ‚kapazitaet‘ statt ‚einwohner‘');
    expect(describeChange({ path: 'erstaufnahme.maxDays', value: 120, previous: 183 }, 'en')).toBe(`${entryAt('erstaufnahme.maxDays')!.label!.en}: 120\u00a0days instead of 183\u00a0days`);
    expect(describeChange({ path: 'procurement.threshold', value: 0.75, previous: 0.9 }, 'de')).toBe(`${entryAt('procurement.threshold')!.label!.de}: 75\u00a0% statt 90\u00a0%`);
  });
});

describe('what-if panel', { timeout: 30_000 }, () => {
  it('refuses a value outside the catalogue bounds, naming the field, and keeps the run on screen', async () => {
    const { workers, original, seen, user } = await setup();
    const before = seen.data;
    await user.click(screen.getByText('Was wäre wenn …'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Was ändern' }), 'procurement.contractDays');
    const value = screen.getByRole('textbox', { name: /Neuer Wert/ });
    // The value in force is offered.
    expect(value).toHaveProperty('value', String(valueInForce(original.getState().data!.scenario!, {}, 'procurement.contractDays', '2024-04-11')));
    await user.clear(value);
    await user.type(value, '20000');
    await user.click(screen.getByRole('button', { name: 'Berechnen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„Von der Anfrage bis zum Vertrag“');
    expect(alert.textContent).toContain('außerhalb des erlaubten Bereichs');
    expect(workers.created).toHaveLength(1);
    expect(seen.data).toBe(before);
    expect(seen.whatIf!.baseline).toBeNull();
    expect(seen.whatIf!.pending).toBeNull();
  });

  it('names the field in English too', async () => {
    const { workers, user } = await setup('en');
    await user.click(screen.getByText('What if …'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'What to change' }), 'policies.quotaWindowDays');
    const value = screen.getByRole('textbox', { name: /New value/ });
    await user.clear(value);
    await user.type(value, '0');
    await user.click(screen.getByRole('button', { name: 'Compute' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^“[^”]+”: 0\u00a0days is out of range \(at least 1\u00a0day/);
    expect(workers.created).toHaveLength(1);
  });

  it('computes an accepted change from the next day on in a second worker, shows it against the original, and drops it', async () => {
    const { workers, original, seen, user } = await setup();
    const before = seen.data!;
    await user.click(screen.getByText('Was wäre wenn …'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Was ändern' }), 'procurement.contractDays');
    const value = screen.getByRole('textbox', { name: /Neuer Wert/ });
    await user.clear(value);
    await user.type(value, '200');
    await user.click(screen.getByRole('button', { name: 'Berechnen' }));
    expect(workers.created).toHaveLength(2);
    const line = await screen.findByText(/^Was wäre wenn: Von der Anfrage bis zum Vertrag: 200 Tage statt 30 Tage \(ab 11\.04\.2024\)/, {}, { timeout: 10_000 });
    expect(seen.whatIf!.baseline).toBe(before);
    expect(seen.data).not.toBe(before);
    expect(original.getState().data).toBe(before);
    // The cursor is back on its day.
    expect(Math.floor(seen.control!.getSnapshot().context.position)).toBe(100);
    expect(seen.whatIf!.change).toMatchObject({ path: 'procurement.contractDays', value: 200, previous: 30, date: '2024-04-11' });

    await user.click(screen.getByRole('button', { name: 'Änderung verwerfen' }));
    expect(line.isConnected).toBe(false);
    expect(seen.data).toBe(before);
    expect(seen.whatIf!.baseline).toBeNull();
    expect(Math.floor(seen.control!.getSnapshot().context.position)).toBe(100);
  });

  it('sends a run started while a changed run is on screen to the original, which ends the comparison', async () => {
    const { original, seen, user } = await setup();
    await user.click(screen.getByText('Was wäre wenn …'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Politik' }), 'kapazitaet');
    await user.click(screen.getByRole('button', { name: 'Berechnen' }));
    await waitFor(() => expect(seen.whatIf!.baseline).not.toBeNull(), { timeout: 10_000 });
    expect(screen.getByText(/^Was wäre wenn: Kreis-Politik ‚kapazitaet‘ statt ‚einwohner‘/)).toBeInTheDocument();
    act(() => seen.session!.run({ scenario: 'musterkreis', options: { seed: 7 } }));
    expect(original.getState().status).toBe('computing');
    await waitFor(() => expect(original.getState().request?.options.seed).toBe(7), { timeout: 10_000 });
    await waitFor(() => expect(seen.whatIf!.baseline).toBeNull());
    expect(seen.session).toBe(original);
    expect(screen.queryByText(/^Was wäre wenn: Kreis-Politik/)).toBeNull();
  });

  it('refuses the value already in force', async () => {
    const { workers, user } = await setup();
    await user.click(screen.getByText('Was wäre wenn …'));
    await user.click(screen.getByRole('button', { name: 'Berechnen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('„Kreis-Politik“: Der Wert ist schon in Kraft');
    expect(workers.created).toHaveLength(1);
  });
});

describe('changed run', () => {
  async function runOf(scenario: unknown): Promise<RunData> {
    const workers = fakeWorkers();
    const s = new Session(workers.create);
    sessions.push(s);
    s.run({ scenario, options: {} });
    await waitFor(() => expect(s.getState().status).toBe('ready'), { timeout: 10_000 });
    return s.getState().data!;
  }

  it('agrees with the original up to the change and differs after it; the value in force changes nothing', async () => {
    const original = await runOf('musterkreis');
    const date = '2024-06-01';
    const change = (value: unknown) => changedRequest({ scenario: 'musterkreis', options: {} }, original.scenario!, { path: 'procurement.contractDays', value, date }, { de: 'x', en: 'x' }).scenario;
    const changed = await runOf(change(300));
    const same = await runOf(change(valueInForce(original.scenario!, {}, 'procurement.contractDays', date)));
    const units = [...original.kreise, ...original.gemeinden, ...original.sites];
    const absMax = (a: RunData, from: number, to: number) => {
      let max = 0;
      for (let d = from; d < to; d++) for (const x of differences(a, original, 'personen', units, d).values()) max = Math.max(max, Math.abs(x.diff));
      return max;
    };
    const day = original.dayOf(date);
    expect(absMax(changed, 0, day)).toBe(0);
    expect(absMax(changed, day, original.D)).toBeGreaterThan(0);
    expect(absMax(same, 0, original.D)).toBe(0);
  }, 60_000);
});
