/**
 * The Vergleich view: setups of the scenario on screen run N times each in Web Workers (comparePool); as runs finish,
 * the KPI table, side-by-side maps, bands over time, one Kreis alone and the fairness and budget figures appear. A
 * comparison can be exported (CSV, JSON) and saved in the browser, and a saved one opened without running it again.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { detailLayout, scenarioHash, setupLabel } from '../../../engine/compare/index.ts';
import type { UnitInfo } from '../../../engine/metrics/result.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { ComparePool, createCompareWorker, type CompareWorkerLike } from '../../data/comparePool.ts';
import { formatDate } from './format.ts';
import { useI18n } from '../../i18n/index.ts';
import { useStorage, type EntryInfo } from '../../storage/api.ts';
import { CompareMaps, mapGeometryFor } from './CompareMaps.tsx';
import { Fairness, KreisAlone, LandBands } from './Details.tsx';
import { comparisonCsv, comparisonJson, download } from './export.ts';
import { KpiTable } from './KpiTable.tsx';
import { VERGLEICH_MESSAGES } from './messages.ts';
import { EMPTY_SETUP, issueProblem, readDrafts, readSaved, resultOf, savedPayload, type ComparisonResult, type DraftProblem, type SetupDraft } from './model.ts';
import { SetupsForm } from './SetupsForm.tsx';
import './vergleich.css';
import { useComparisonToOpen } from '../../storage/openComparison.ts';

export interface VergleichViewProps {
  /** The scenario on screen (the session's run), or null before the first run. */
  readonly scenario: Scenario | null;
  /** The units of the run on screen: the maps' geometry is built from them before a comparison starts. */
  readonly units?: readonly UnitInfo[];
  /** Id of a saved comparison to open (from the list of saved entries). */
  readonly openEntry?: string;
  /** The comparison workers; the browser's Web Worker by default (tests pass in-process ones). */
  readonly createWorker?: () => CompareWorkerLike;
  /** Cores to size the pool by; the browser's `navigator.hardwareConcurrency` by default. */
  readonly cores?: number;
}

/** One pool per worker factory, kept beyond the view: a comparison goes on while another tab is open, and is there on return. */
const POOLS = new WeakMap<() => CompareWorkerLike, ComparePool>();

function poolFor(createWorker: () => CompareWorkerLike, cores: number | undefined): ComparePool {
  let pool = POOLS.get(createWorker);
  if (!pool) POOLS.set(createWorker, (pool = new ComparePool(createWorker, cores)));
  return pool;
}

/** The setups form as the user left it, kept with its pool: another tab and back finds the same setups. */
interface FormState {
  readonly drafts: SetupDraft[];
  readonly runsText: string;
  readonly seedText: string;
}
const FORMS = new WeakMap<ComparePool, FormState>();

export function VergleichView({ scenario, units, openEntry, createWorker = createCompareWorker, cores }: VergleichViewProps) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const pool = poolFor(createWorker, cores);
  // The maps' geometry takes longer than a frame to build: build it now, while nothing is being compared.
  useEffect(() => {
    if (!units) return;
    const timer = setTimeout(() => mapGeometryFor(detailLayout({ units, days: [] }).units), 0);
    return () => clearTimeout(timer);
  }, [units]);
  const state = usePoolState(pool);
  // A saved comparison handed in (panel or URL) stays named in the URL until a new comparison replaces it.
  const toOpen = useComparisonToOpen();
  const kept = FORMS.get(pool);
  const [drafts, setDrafts] = useState<SetupDraft[]>(() => kept?.drafts ?? [EMPTY_SETUP, EMPTY_SETUP]);
  const [runsText, setRunsText] = useState(() => kept?.runsText ?? '10');
  const [seedText, setSeedText] = useState(() => kept?.seedText ?? String(scenario?.seed ?? 1));
  useEffect(() => {
    FORMS.set(pool, { drafts, runsText, seedText });
  }, [pool, drafts, runsText, seedText]);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [opened, setOpened] = useState<{ name: string; result: ComparisonResult } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const hash = useMemo(() => (scenario ? scenarioHash(scenario) : ''), [scenario]);
  const busy = state.status === 'planning' || state.status === 'running';
  const live = useMemo(
    () => (state.plan ? resultOf(state.plan, state.outcomes, state.kpis, state.detail) : null),
    [state.plan, state.outcomes, state.kpis, state.detail],
  );
  const result = opened?.result ?? live;
  // The engine's refusal of a plan, in the UI's language.
  const planProblems = state.status === 'invalid' ? state.issues.map((i) => issueProblem(i, lang, m)) : [];
  const shownProblems = [...problems, ...planProblems];

  const start = () => {
    if (!scenario) return;
    const read = readDrafts(drafts, runsText, seedText, lang, m);
    setProblems(read.problems);
    if (read.problems.length > 0) return;
    setOpened(null);
    setNotice(null);
    toOpen.clear();
    pool.start({ scenario, setups: read.setups, runs: read.runs, baseSeed: read.baseSeed });
  };

  const open = async (id: string, storage: NonNullable<ReturnType<typeof useStorage>>) => {
    const entry = await storage.load(id);
    if (!entry) {
      setNotice(m.notFound);
      return;
    }
    const read = readSaved(entry.payload);
    if (!read.ok) {
      setNotice(m.badSaved(read.problem));
      return;
    }
    pool.cancel();
    setOpened({ name: entry.name, result: read.result });
    setNotice(m.openedSaved(entry.name));
  };

  return (
    <div className="vergleich-view" data-status={state.status}>
      <h2>{m.heading}</h2>
      <p className="hint">{m.intro}</p>
      {scenario ? <p className="vergleich-scenario">{m.scenarioLine(scenario.name[lang], hash)}</p> : <p className="empty">{m.noScenario}</p>}
      {scenario && (
        <form
          className="vergleich-form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <SetupsForm drafts={drafts} onChange={setDrafts} disabled={busy} />
          <div className="vergleich-runs">
            <label>
              {m.runs}
              <input type="text" inputMode="numeric" value={runsText} size={5} onChange={(e) => setRunsText(e.target.value)} disabled={busy} />
            </label>
            <label>
              {m.baseSeed}
              <input type="text" inputMode="numeric" value={seedText} size={12} onChange={(e) => setSeedText(e.target.value)} disabled={busy} />
            </label>
            <button type="submit" disabled={busy}>
              {m.compare}
            </button>
          </div>
        </form>
      )}
      {shownProblems.length > 0 && (
        <div role="alert" className="notice notice-error">
          <p>{m.problems}</p>
          <ul>
            {shownProblems.map((p, i) => (
              <li key={i}>
                {m.where(p.setup, p.field)}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Progress status={state.status} done={state.done} total={state.total} error={state.error} onCancel={() => pool.cancel()} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {result && result.kpis.length > 0 && <Results result={result} complete={opened !== null || !busy} />}
      <Saving result={busy ? null : result} onOpen={open} openEntry={openEntry} />
    </div>
  );
}

/**
 * The pool's state, each change rendered as a transition: React then renders in slices and yields to the page in
 * between, where a synchronous store (useSyncExternalStore) would render every finished run in one task.
 */
function usePoolState(pool: ComparePool) {
  const [state, setState] = useState(pool.getState);
  useEffect(() => {
    setState(pool.getState());
    return pool.subscribe(() => startTransition(() => setState(pool.getState())));
  }, [pool]);
  return state;
}

function Progress({ status, done, total, error, onCancel }: { status: string; done: number; total: number; error: string | null; onCancel: () => void }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  if (status === 'idle' || status === 'invalid') return null;
  return (
    <div className="vergleich-progress">
      {status === 'planning' && <span role="status">{m.planning}</span>}
      {status !== 'planning' && (
        <>
          <progress value={done} max={Math.max(1, total)} aria-label={m.progress(done, total)} />
          <span role="status" className="vergleich-count">
            {m.progress(done, total)}
          </span>
        </>
      )}
      {(status === 'running' || status === 'planning') && (
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      )}
      {status === 'cancelled' && <span>{m.cancelled}</span>}
      {status === 'error' && (
        <span role="alert" className="notice-error">
          {m.failed} {error}
        </span>
      )}
    </div>
  );
}

/**
 * Adds one more part per frame once `active`, up to `count`: mounting every map and chart in one go would hold the
 * page for longer than a frame.
 */
function useStaged(active: boolean, count: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!active) {
      setStage(0);
      return;
    }
    if (stage >= count) return;
    const timer = setTimeout(() => setStage((s) => s + 1), 16);
    return () => clearTimeout(timer);
  }, [active, stage, count]);
  return active ? stage : 0;
}

/** The KPI table as runs finish; maps, bands, one Kreis and fairness once the comparison has ended (one part per frame). */
function Results({ result, complete }: { result: ComparisonResult; complete: boolean }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const labels = result.setups.map((s, i) => `${m.setup(i + 1)}: ${setupLabel(s) === 'Szenario' ? m.asScenario : setupLabel(s)}`);
  const short = result.setups.map((_, i) => m.setup(i + 1));
  const n = result.kpis[0]?.setups.map((s) => s.n) ?? [];
  const maps = result.setups.length;
  const stage = useStaged(complete && result.detail !== null, maps + 3);
  const name = `vergleich-${result.scenario.id}-${result.scenarioHash.replace(/^fnv1a64:/, '')}`;
  return (
    <div className="vergleich-results">
      <p className="vergleich-scenario">
        {m.scenarioLine(result.scenario.name[lang], result.scenarioHash)} · {m.runsDone(n.reduce((a, b) => a + b, 0))} · Seeds {result.seeds[0]}–
        {result.seeds[result.seeds.length - 1]} · Engine {result.engineVersion}
      </p>
      <ul className="vergleich-keys">
        {labels.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <div className="vergleich-export">
        <span>{m.export}:</span>
        <button type="button" onClick={() => download(`${name}.csv`, 'text/csv;charset=utf-8', comparisonCsv(result))}>
          {m.exportCsv}
        </button>
        <button type="button" onClick={() => download(`${name}.json`, 'application/json', comparisonJson(result))}>
          {m.exportJson}
        </button>
      </div>
      <KpiTable kpis={result.kpis} labels={short} start={result.scenario.period.start} caption={m.kpiTable} />
      {result.detail && stage > 0 && <CompareMaps detail={result.detail} labels={short} count={stage} />}
      {result.detail && stage > maps && <LandBands detail={result.detail} labels={short} />}
      {result.detail && stage > maps + 1 && <KreisAlone detail={result.detail} labels={short} />}
      {stage > maps + 2 && <Fairness detail={result.detail} kpis={result.kpis} labels={short} scenario={result.scenario} />}
    </div>
  );
}

/** Save the comparison shown, and list and open saved ones; hidden where the browser offers no storage. */
function Saving({
  result,
  onOpen,
  openEntry,
}: {
  result: ComparisonResult | null;
  onOpen: (id: string, storage: NonNullable<ReturnType<typeof useStorage>>) => Promise<void>;
  openEntry: string | undefined;
}) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const storage = useStorage();
  const [entries, setEntries] = useState<readonly EntryInfo[]>([]);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!storage) return;
    let live = true;
    const refresh = () => void storage.list('comparison').then((l) => live && setEntries(l));
    refresh();
    const off = storage.subscribe(refresh);
    return () => {
      live = false;
      off();
    };
  }, [storage]);
  useEffect(() => {
    if (storage && openEntry) void onOpen(openEntry, storage);
    // Opened once per entry id handed in.
  }, [storage, openEntry]);
  if (!storage) return null;
  return (
    <section className="vergleich-saving" aria-label={m.saved}>
      {result && result.kpis.length > 0 && (
        <form
          className="vergleich-save"
          onSubmit={(e) => {
            e.preventDefault();
            const title = name.trim() || m.defaultName(formatDate(lang, new Date().toISOString().slice(0, 10)));
            void storage.save('comparison', title, savedPayload(result)).then((info) => setSaved(m.savedAs(info.name)));
          }}
        >
          <label>
            {m.saveName} <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit">{m.save}</button>
          {saved && <span role="status">{saved}</span>}
        </form>
      )}
      <h3>{m.saved}</h3>
      {entries.length === 0 ? (
        <p className="hint">{m.noSaved}</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              {e.name} <span className="hint">({formatDate(lang, e.savedAt.slice(0, 10))})</span>{' '}
              <button type="button" onClick={() => void onOpen(e.id, storage)}>
                {m.open}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default VergleichView;
