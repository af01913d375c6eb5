/**
 * Web Worker entry for exports of a run's daily values: computes the run again (the engine is deterministic for a
 * scenario, seed and policies) and writes it as the command line does, with its provenance.
 */
import { toCsvLines, toResultJson } from '../engine/metrics/export.ts';
import { provenanceOf } from '../engine/metrics/provenance.ts';
import { runScenario } from '../engine/run.ts';
import { loadScenario } from '../engine/scenario/load.ts';

export type DailyExportFormat = 'csv' | 'json';

export interface ExportRequest {
  readonly id: number;
  /** The scenario as run (loaded, defaults filled in). */
  readonly scenario: unknown;
  readonly seed: number;
  readonly landPolicy: string;
  readonly kreisPolicy: string;
  readonly format: DailyExportFormat;
  /** How the command line names the scenario: a built-in id or the file name of the exported scenario. */
  readonly scenarioArg: string;
}

export type ExportReply = { readonly id: number; readonly ok: true; readonly blob: Blob } | { readonly id: number; readonly ok: false; readonly message: string };

/** Lines per Blob part: a part is a few MB at most, not one string of the whole file. */
const LINES_PER_PART = 20_000;

/** The file of a run's daily values per unit, as `npm run sim -- … --out <file>` writes it. */
export function dailyExport(req: Omit<ExportRequest, 'id'>): Blob {
  const loaded = loadScenario(req.scenario);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  const result = runScenario(loaded.scenario, { seed: req.seed, landPolicy: req.landPolicy, kreisPolicy: req.kreisPolicy });
  const provenance = provenanceOf(loaded.scenario, result.meta, req.scenarioArg);
  if (req.format === 'json') return new Blob([`${JSON.stringify(toResultJson(result, provenance))}\n`], { type: 'application/json' });
  const parts: string[] = [];
  let lines: string[] = [];
  for (const line of toCsvLines(result, provenance)) {
    lines.push(line);
    if (lines.length === LINES_PER_PART) {
      parts.push(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) parts.push(`${lines.join('\n')}\n`);
  return new Blob(parts, { type: 'text/csv' });
}

const scope = globalThis as unknown as { onmessage?: (e: { data: ExportRequest }) => void; postMessage?: (m: ExportReply) => void; document?: unknown };
if (typeof scope.postMessage === 'function' && scope.document === undefined && typeof (globalThis as { window?: unknown }).window === 'undefined') {
  scope.onmessage = (e) => {
    const { id, ...req } = e.data;
    try {
      scope.postMessage!({ id, ok: true, blob: dailyExport(req) });
    } catch (err) {
      scope.postMessage!({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
}
