/** The files the results export offers: names, the run's provenance, KPI and scenario files; daily values come from a worker. */
import { kpiCsvLines, kpiJson } from '../../engine/metrics/export.ts';
import { provenanceOf, type Provenance } from '../../engine/metrics/provenance.ts';
import type { Kpi, RunMeta } from '../../engine/metrics/result.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { DailyExportFormat, ExportReply, ExportRequest } from '../../worker/export.worker.ts';

export type ExportKind = 'daily-csv' | 'daily-json' | 'kpis-csv' | 'kpis-json' | 'scenario-json';
export const EXPORT_KINDS: readonly ExportKind[] = ['daily-csv', 'daily-json', 'kpis-csv', 'kpis-json', 'scenario-json'];

/** A complete run as the export needs it. */
export interface ExportableRun {
  readonly meta: RunMeta;
  readonly kpis: readonly Kpi[];
  readonly scenario: Scenario;
  /** The built-in id the run was started with, or null for an own scenario. */
  readonly builtin: string | null;
}

/** The file name of the scenario as exported, which the command line of an own scenario names. */
export const scenarioFileName = (run: ExportableRun): string => `${run.meta.scenarioId}.json`;

/** How the command line names the run's scenario: the built-in id, or the exported scenario file. */
export const scenarioArg = (run: ExportableRun): string => run.builtin ?? scenarioFileName(run);

export const runProvenance = (run: ExportableRun): Provenance => provenanceOf(run.scenario, run.meta, scenarioArg(run));

/** The download name of an export: scenario, seed and policies, so that files of different runs do not collide. */
export function exportFileName(run: ExportableRun, kind: ExportKind): string {
  if (kind === 'scenario-json') return scenarioFileName(run);
  const m = run.meta;
  const stem = `${m.scenarioId}_seed${m.seed}_${m.landPolicy}_${m.kreisPolicy}`;
  return kind === 'daily-csv' ? `${stem}_tageswerte.csv` : kind === 'daily-json' ? `${stem}_ergebnis.json` : kind === 'kpis-csv' ? `${stem}_kennzahlen.csv` : `${stem}_kennzahlen.json`;
}

/** The files made on the main thread (small): KPIs and the scenario. */
export function smallExport(run: ExportableRun, kind: Exclude<ExportKind, 'daily-csv' | 'daily-json'>): Blob {
  if (kind === 'scenario-json') return new Blob([`${JSON.stringify(run.scenario, null, 2)}\n`], { type: 'application/json' });
  const provenance = runProvenance(run);
  if (kind === 'kpis-json') return new Blob([`${JSON.stringify(kpiJson(run.kpis, provenance), null, 2)}\n`], { type: 'application/json' });
  return new Blob([`${[...kpiCsvLines(run.kpis, provenance)].join('\n')}\n`], { type: 'text/csv' });
}

/** What runs the daily export off the main thread. */
export interface ExportWorkerLike {
  postMessage(message: ExportRequest): void;
  terminate(): void;
  onmessage: ((e: { data: ExportReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

export function createExportWorker(): ExportWorkerLike {
  return new Worker(new URL('../../worker/export.worker.ts', import.meta.url), { type: 'module' }) as unknown as ExportWorkerLike;
}

/** The daily values of a run as a file, computed in a worker of its own (terminated when done). */
export function dailyExportInWorker(run: ExportableRun, format: DailyExportFormat, createWorker: () => ExportWorkerLike = createExportWorker): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const end = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    worker.onmessage = (e) => {
      end();
      if (e.data.ok) resolve(e.data.blob);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message ?? 'worker error'));
    };
    worker.postMessage({
      id: 1,
      scenario: run.scenario,
      seed: run.meta.seed,
      landPolicy: run.meta.landPolicy,
      kreisPolicy: run.meta.kreisPolicy,
      format,
      scenarioArg: scenarioArg(run),
    });
  });
}
