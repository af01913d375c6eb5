/** The results export: which files it offers, what they name, and that a failure is reported without losing anything. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProvenanceComment } from '../../src/engine/metrics/provenance.ts';
import { SessionProvider } from '../../src/ui/app/context.tsx';
import { Session } from '../../src/ui/data/session.ts';
import { I18nProvider } from '../../src/ui/i18n/index.ts';
import type { ExportWorkerLike } from '../../src/ui/results/exports.ts';
import { RESULTS_MESSAGES } from '../../src/ui/results/messages.ts';
import { ResultsMenu } from '../../src/ui/results/ResultsMenu.tsx';
import { dailyExport, type ExportReply, type ExportRequest } from '../../src/worker/export.worker.ts';
import { fakeWorkers } from './fakeWorker.ts';

const m = RESULTS_MESSAGES.de;
let session: Session | null = null;
afterEach(() => session?.dispose());

/** An in-process export worker, or one that fails. */
function exportWorkers(fail = false) {
  const sent: ExportRequest[] = [];
  const create = (): ExportWorkerLike => {
    const w: ExportWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage(req) {
        sent.push(req);
        setTimeout(() => {
          const { id, ...rest } = req;
          const reply: ExportReply = fail ? { id, ok: false, message: 'kein Speicher' } : { id, ok: true, blob: dailyExport(rest) };
          w.onmessage?.({ data: reply });
        }, 0);
      },
    };
    return w;
  };
  return { create, sent };
}

async function renderMenu(fail = false) {
  const engine = fakeWorkers();
  session = new Session(engine.create);
  const saved: { name: string; text: string }[] = [];
  const save = (blob: Blob, name: string) => void blob.text().then((text) => saved.push({ name, text }));
  const workers = exportWorkers(fail);
  render(
    <I18nProvider initial="de">
      <SessionProvider session={session}>
        <ResultsMenu save={save} createWorker={workers.create} />
      </SessionProvider>
    </I18nProvider>,
  );
  return { saved, workers };
}

describe('Ergebnisse exportieren', () => {
  it('offers nothing before a run is complete, then every file with its provenance', async () => {
    const user = userEvent.setup();
    const { saved, workers } = await renderMenu();
    await user.click(screen.getByText(m.menu));
    expect(screen.getByText(m.notReady)).toBeInTheDocument();
    session!.run({ scenario: 'musterkreis', options: { seed: 9, kreisPolicy: 'selbst' } });
    await user.click(await screen.findByRole('button', { name: m.kpisCsv }, { timeout: 15_000 }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('musterkreis_seed9_quote_selbst_kennzahlen.csv');
    const p = parseProvenanceComment(saved[0]!.text.split('\n')[0]!);
    expect(p).toMatchObject({ scenarioId: 'musterkreis', seed: 9, kreisPolicy: 'selbst' });
    expect(p!.command).toBe('npm run sim -- musterkreis --seed 9 --land-policy quote --kreis-policy selbst');
    expect(screen.getByText(p!.command)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: m.dailyCsv }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 15_000 });
    expect(workers.sent[0]).toMatchObject({ seed: 9, landPolicy: 'quote', kreisPolicy: 'selbst', format: 'csv', scenarioArg: 'musterkreis' });
    expect(saved[1]!.name).toBe('musterkreis_seed9_quote_selbst_tageswerte.csv');
    expect(saved[1]!.text.split('\n')[1]!.startsWith('date,unit,name,level,parent,')).toBe(true);

    await user.click(screen.getByRole('button', { name: m.scenarioJson }));
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(JSON.parse(saved[2]!.text)).toMatchObject({ id: 'musterkreis' });
  }, 30_000);

  it('reports a failed export and keeps the run and the menu', async () => {
    const user = userEvent.setup();
    const { saved } = await renderMenu(true);
    session!.run({ scenario: 'musterkreis', options: {} });
    await user.click(screen.getByText(m.menu));
    await user.click(await screen.findByRole('button', { name: m.dailyJson }, { timeout: 15_000 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`${m.failed} kein Speicher`);
    expect(saved).toHaveLength(0);
    expect(session!.getState().status).toBe('ready');
    expect(screen.getByRole('button', { name: m.dailyJson })).toBeEnabled();
  }, 30_000);
});
