/** The header's results export: daily values per unit, KPIs and the scenario, each file with its provenance. */
import { useMemo, useState } from 'react';
import { useSession } from '../app/context.tsx';
import { download } from '../export/figure.ts';
import { useI18n } from '../i18n/index.ts';
import { dailyExportInWorker, EXPORT_KINDS, exportFileName, runProvenance, smallExport, type ExportableRun, type ExportKind, type ExportWorkerLike } from './exports.ts';
import { RESULTS_MESSAGES } from './messages.ts';

export interface ResultsMenuProps {
  /** Injected in tests; the browser starts a module worker. */
  readonly createWorker?: () => ExportWorkerLike;
  /** Injected in tests; the browser offers the file as a download. */
  readonly save?: (blob: Blob, name: string) => void;
}

const LABEL: Record<ExportKind, 'dailyCsv' | 'dailyJson' | 'kpisCsv' | 'kpisJson' | 'scenarioJson'> = {
  'daily-csv': 'dailyCsv',
  'daily-json': 'dailyJson',
  'kpis-csv': 'kpisCsv',
  'kpis-json': 'kpisJson',
  'scenario-json': 'scenarioJson',
};

export function ResultsMenu({ createWorker, save = download }: ResultsMenuProps) {
  const { lang } = useI18n();
  const m = RESULTS_MESSAGES[lang];
  const data = useSession((s) => (s.status === 'computing' ? null : s.data));
  const request = useSession((s) => s.request);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const meta = data?.meta ?? null;
  const run = useMemo<ExportableRun | null>(
    () =>
      data && meta && data.scenario
        ? { meta, kpis: data.kpis, scenario: data.scenario, builtin: typeof request?.scenario === 'string' ? request.scenario : null }
        : null,
    [data, meta, request],
  );
  // The fingerprint walks the whole scenario: once per run, not per render.
  const command = useMemo(() => (run ? runProvenance(run).command : ''), [run]);

  const start = (kind: ExportKind) => {
    if (!run || busy) return;
    setError(null);
    const name = exportFileName(run, kind);
    if (kind !== 'daily-csv' && kind !== 'daily-json') {
      save(smallExport(run, kind), name);
      return;
    }
    setBusy(kind);
    dailyExportInWorker(run, kind === 'daily-csv' ? 'csv' : 'json', createWorker).then(
      (blob) => {
        setBusy(null);
        save(blob, name);
      },
      (e: unknown) => {
        setBusy(null);
        setError(`${m.failed} ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  };

  return (
    <details className="results-menu">
      <summary>{m.menu}</summary>
      <div className="results-menu-body" role="group" aria-label={m.menu}>
        <p className="hint">{m.menuHint}</p>
        {run ? (
          <>
            <ul>
              {EXPORT_KINDS.map((kind) => (
                <li key={kind}>
                  <button type="button" onClick={() => start(kind)} disabled={busy !== null} aria-busy={busy === kind}>
                    {m[LABEL[kind]]}
                  </button>
                </li>
              ))}
            </ul>
            <p className="hint">
              {m.reproduce} <code>{command}</code>
            </p>
          </>
        ) : (
          <p className="hint">{m.notReady}</p>
        )}
        {busy && (
          <p role="status" className="hint">
            {m.preparing}
          </p>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
