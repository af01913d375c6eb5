/**
 * The real engine through the worker's slices into RunData: what the UI holds is the engine's result (series, flow
 * records, quota changes), and the detail panel shows the engine's own Soll/Ist account, also after a dated quota change.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cell, SERIES_KEYS, unitSeries, type RunResult } from '../../src/engine/metrics/result.ts';
import { runScenario } from '../../src/engine/run.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { RunData } from '../../src/ui/data/runData.ts';
import { formatPercent, formatPersons } from '../../src/ui/format.ts';
import { I18nProvider } from '../../src/ui/i18n/index.ts';
import { DetailPanel } from '../../src/ui/views/detail/DetailPanel.tsx';
import { handleRun, sliceChunk } from '../../src/worker/engine.worker.ts';
import type { FromWorker } from '../../src/worker/protocol.ts';

/** Runs a built-in scenario and streams it into a RunData the way the worker slices it. */
function streamed(id: string): { result: RunResult; data: RunData } {
  const loaded = loadScenario(getBuiltinScenario(id));
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  let data: RunData | null = null;
  let sent = 0;
  const result = runScenario(loaded.scenario, {
    onProgress: (done, _total, live) => {
      data ??= new RunData(1, loaded.scenario.id, live.days, live.units, live.byType.units, loaded.scenario);
      data.addChunk(sliceChunk(live, sent, done));
      sent = done;
    },
  });
  const d = data as RunData | null;
  if (!d) throw new Error('no progress reported');
  d.meta = result.meta;
  d.log = result.log;
  return { result, data: d };
}

/** Index of the first element in which two arrays differ, −1 if they are equal (cheaper than a deep equality on large arrays). */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>, n = Math.max(a.length, b.length)): number {
  if (a.length < n || b.length < n) return Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

describe('the engine’s result in the UI (herbst-2015)', () => {
  const { result, data } = streamed('herbst-2015');
  const U = result.units.length;

  it('holds every series, every flow record and every quota change of the result', () => {
    expect(data.available).toBe(result.days.length);
    for (const key of SERIES_KEYS) {
      expect(data.series[key].constructor).toBe(result.series[key].constructor);
      for (let u = 0; u < data.U; u++) expect(firstDifference(data.unitSeries(key, u), unitSeries(result, key, u)), `${key} of unit ${u}`).toBe(-1);
    }
    expect(data.flows.count).toBe(result.flows.count);
    for (const field of ['day', 'kind', 'from', 'to', 'persons'] as const) {
      expect(firstDifference(data.flows[field], result.flows[field], result.flows.count), field).toBe(-1);
    }
    expect(data.quotaChanges).toEqual(result.quotaChanges);
  });

  it('shows the Wetteraukreis’s Soll on 30.12.2016 as the engine holds it, with the quota in force that day', () => {
    const u = data.indexById.get('06440')!;
    const day = data.dayOf('2016-12-30');
    expect(data.days[day]).toBe('2016-12-30');
    const soll = result.series.soll[cell(U, u, day)]!;
    const ist = result.series.ist[cell(U, u, day)]!;
    render(
      <I18nProvider initial="de">
        <DetailPanel data={data} version={1} day={day} selected="06440" onSelect={() => {}} />
      </I18nProvider>,
    );
    const fact = (label: string) => (screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '').replace(/\u00a0/g, ' ');
    expect(fact('Soll')).toBe(formatPersons('de', Math.round(soll)).replace(/\u00a0/g, ' '));
    expect(fact('Ist')).toBe(formatPersons('de', Math.round(ist)).replace(/\u00a0/g, ' '));
    const inForce = [...result.quotaChanges].reverse().find((q) => q.day <= day)!;
    expect(fact('Aufnahmequote am Tag')).toBe(formatPercent('de', inForce.quota['06440']!, 2).replace(/\u00a0/g, ' '));
    // The quota changed during the run, so the quota at the start is not the one shown.
    expect(inForce.day).toBeGreaterThan(0);
    expect(inForce.quota['06440']).not.toBe(data.units[u]!.quota);
  });
});

describe('the worker’s messages', () => {
  it('stream the series, the flow records and the structured log, handing over every buffer of a slice', () => {
    const messages: { message: FromWorker; transfer: Transferable[] }[] = [];
    handleRun({ type: 'run', runId: 7, scenario: 'musterkreis', options: {} }, { postMessage: (message, transfer = []) => messages.push({ message, transfer }) });
    const chunks = messages.filter((m) => m.message.type === 'chunk');
    expect(chunks.length).toBeGreaterThan(1);
    let records = 0;
    for (const { message, transfer } of chunks) {
      if (message.type !== 'chunk') continue;
      const f = message.flows;
      const buffers = [...Object.values(message.series), message.byTypeCapacity, message.byTypeOccupancy, f.day, f.kind, f.from, f.to, f.persons].map((a) => a.buffer);
      expect(new Set(transfer)).toEqual(new Set(buffers));
      records += f.count;
    }
    expect(records).toBeGreaterThan(0);
    const done = messages.at(-1)!.message;
    expect(done.type).toBe('done');
    if (done.type !== 'done') return;
    expect(done.log.length).toBeGreaterThan(0);
    for (const e of done.log) expect(['ereignis', 'lage', 'beschaffung']).toContain(e.kind);
  });
});
