/** The app shell: scenario and policy choice, run control, the views, the detail panel, attribution. */
import { shallowEqual } from '@xstate/react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { SnapshotFrom } from 'xstate';
import { KREIS_POLICIES, LAND_POLICIES } from '../engine/policies/registry.ts';
import { BUILTIN_SCENARIOS } from '../engine/scenario/builtin/index.ts';
import { ariaKeys, COMMAND, commandTitle, keyboardHelp, selectEnabled, type Command } from './app/commands.ts';
import { RunControl, SessionProvider, useControl, useDay, useSession, useSessionObject } from './app/context.tsx';
import { IconBack, IconPause, IconPlay, IconStart } from './app/icons.tsx';
import { useCommandKeys } from './app/useCommandKeys.ts';
import { ChoiceProvider, type OwnScenario } from './app/choice.tsx';
import { DropImport } from './app/DropImport.tsx';
import { ScenarioForm } from './app/ScenarioForm.tsx';
import { ScenarioIssues } from './app/ScenarioIssues.tsx';
import { ResultsMenu } from './results/ResultsMenu.tsx';
import { UrlSync } from './app/urlSync.tsx';
import { parseUrl, problemsInRun, type UrlProblem, type UrlState } from './app/urlParams.ts';
import { createEngineWorker, Session } from './data/session.ts';
import { WhatIfProvider } from './data/whatIf.tsx';
import { formatDate, formatNumber } from './format.ts';
import { I18nProvider, useI18n, type Lang } from './i18n/index.ts';
import { SPEEDS, type RunControlEvent, type runControlMachine } from './machines/runControl.ts';
import { DetailPanel } from './views/detail/DetailPanel.tsx';
import { FlowsView } from './views/flows/FlowsView.tsx';
import { MapView } from './views/map/MapView.tsx';
import { MovementView } from './views/movement/MovementView.tsx';
import { BearbeitenView } from './views/bearbeiten/BearbeitenView.tsx';
import { DraftProvider } from './views/bearbeiten/draft.tsx';
import { ScenarioView } from './views/scenario/ScenarioView.tsx';
import { TimelineView } from './views/timeline/TimelineView.tsx';
import type { ViewProps } from './views/types.ts';
import { SAVING_TEXT } from './app/savingText.ts';
import { PresentButton, Vortrag } from './views/vortrag/Vortrag.tsx';
import { parseVortragUrl, type VortragUrl } from './views/vortrag/url.ts';
import { decodeShare } from './share/share.ts';
import { ShareButton } from './share/ShareButton.tsx';
import { StorageContext, type Storage, type StorageProblem } from './storage/api.ts';
import { ComparisonToOpenContext, useComparisonToOpen } from './storage/openComparison.ts';
import { FollowSavedEntry } from './storage/FollowSavedEntry.tsx';
import { SavedControls } from './storage/SavedPanel.tsx';
import { ownFromEntry } from './storage/scenarioEntry.ts';
import { useBrowserStorage } from './storage/useBrowserStorage.ts';

// The trainee mode (and the graph layout it draws with) loads when its tab is first opened.
const LernenView = lazy(() => import('./views/lernen/LernenView.tsx'));
// The comparison (its charts and worker pool) loads when its tab is first opened.
const VergleichView = lazy(() => import('./views/vergleich/VergleichView.tsx'));

/** Attribution lines required by the data licences; identical in every language. */
const ATTRIBUTIONS = [
  '© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2019 (dl-de/by-2-0)',
  'Bundesamt für Migration und Flüchtlinge (BAMF), Asylgeschäftsstatistik; Eurostat migr_asyappctzm',
];

const VIEWS = ['karte', 'bewegung', 'zeitverlauf', 'fluesse', 'szenario', 'bearbeiten', 'vergleich', 'lernen'] as const;
type ViewId = (typeof VIEWS)[number];
const VIEW_COMPONENTS: Record<Exclude<ViewId, 'lernen' | 'vergleich'>, (p: ViewProps) => React.ReactNode> = {
  karte: MapView,
  bewegung: MovementView,
  zeitverlauf: TimelineView,
  fluesse: FlowsView,
  szenario: ScenarioView,
  bearbeiten: BearbeitenView,
};
const KNOWN = {
  scenarios: Object.keys(BUILTIN_SCENARIOS),
  landPolicies: Object.keys(LAND_POLICIES),
  kreisPolicies: Object.keys(KREIS_POLICIES),
  views: [...VIEWS],
};

export interface AppProps {
  /** Injected in tests; the browser uses a session with a real engine worker. */
  readonly session?: Session;
  /** Query string to start from (defaults to the page's). */
  readonly search?: string;
  /** Opens the storage of saved entries; injected in tests, the browser's IndexedDB by default. */
  readonly openStorage?: Parameters<typeof useBrowserStorage>[0];
}

export function App({ session, search, openStorage }: AppProps) {
  // The page's session lives as long as the page; a session passed in is owned (and disposed) by the caller.
  const own = useMemo(() => session ?? new Session(createEngineWorker), [session]);
  // Read once: the app rewrites its query string as the user chooses.
  const query = useMemo(() => search ?? (typeof location === 'undefined' ? '' : location.search), [search]);
  const vortrag = useMemo(() => parseVortragUrl(query), [query]);
  const url = useMemo(() => {
    const parsed = parseUrl(query, KNOWN);
    // A chapter script in the URL computes its own scenario from the start.
    return vortrag.script && !parsed.state.scenario ? { ...parsed, state: { ...parsed.state, scenario: vortrag.script.scenario } } : parsed;
  }, [query, vortrag]);
  const browser = useBrowserStorage(openStorage);
  // The saved comparison the Vergleich view shows (from the panel or the URL).
  const [comparison, setComparison] = useState<string | null>(url.state.comparison ?? null);
  const comparisonToOpen = useMemo(() => ({ id: comparison, clear: () => setComparison(null) }), [comparison]);
  return (
    <I18nProvider initial={url.state.lang ?? 'de'}>
      <SessionProvider session={own}>
        <StorageContext.Provider value={browser.storage}>
          <ComparisonToOpenContext.Provider value={comparisonToOpen}>
            <RunControl.Provider>
              <WhatIfProvider>
                <Shell
                  initial={url.state}
                  urlProblems={url.problems}
                  vortrag={vortrag}
                  storageProblem={browser.problem}
                  opened={browser.opened}
                  onComparison={setComparison}
                />
              </WhatIfProvider>
            </RunControl.Provider>
          </ComparisonToOpenContext.Provider>
        </StorageContext.Provider>
      </SessionProvider>
    </I18nProvider>
  );
}

/** The own scenario the URL asks to start with, and why it cannot be used (named in the notices). */
interface Restore {
  readonly own: OwnScenario | null;
  readonly problem: UrlProblem | null;
}

/**
 * The own scenario the URL asks to start with: a share link (`teilen`), decoded and checked at once, or a saved entry
 * (`eigen`), read once the storage is open and checked by the loader. A link or entry that cannot be used is named,
 * and the app starts as the rest of the URL says.
 */
function restoreOwn(initial: UrlState, opened: Promise<Storage | null>, lang: Lang): Restore | Promise<Restore> | null {
  if (initial.share !== undefined) {
    const r = decodeShare(initial.share, lang);
    return 'own' in r ? { own: r.own, problem: null } : { own: null, problem: { param: 'teilen', ...r.problem } };
  }
  const id = initial.own;
  if (id === undefined) return null;
  const named = (p: { de: string; en: string }): Restore => ({
    own: null,
    problem: { param: 'eigen', de: `Parameter „eigen“: ${p.de}`, en: `Parameter “eigen”: ${p.en}` },
  });
  return opened
    .then((storage) => storage?.load(id) ?? null)
    .then(
      (entry) => {
        if (!entry) return named({ de: SAVING_TEXT.de.entryGone(id), en: SAVING_TEXT.en.entryGone(id) });
        const r = ownFromEntry(entry, true);
        return 'own' in r ? { own: r.own, problem: null } : named(r.problem);
      },
      (e: unknown) => named({ de: String(e), en: String(e) }),
    );
}

/** The URL's own scenario for the first run, and the problem of a link or entry that cannot be used. */
function useRestore(initial: UrlState, opened: Promise<Storage | null>, lang: Lang) {
  const [found] = useState(() => restoreOwn(initial, opened, lang));
  const [problem, setProblem] = useState<UrlProblem | null>(found instanceof Promise ? null : (found?.problem ?? null));
  const restore = useMemo(() => (found instanceof Promise ? found.then((r) => r.own) : (found?.own ?? null)), [found]);
  useEffect(() => {
    let live = true;
    if (found instanceof Promise) void found.then((r) => live && setProblem(r.problem));
    return () => {
      live = false;
    };
  }, [found]);
  return { restore, problems: problem ? [problem] : [] };
}

function Shell({
  initial,
  urlProblems,
  vortrag,
  storageProblem,
  opened,
  onComparison,
}: {
  initial: UrlState;
  urlProblems: readonly UrlProblem[];
  vortrag: VortragUrl;
  storageProblem: StorageProblem | null;
  opened: Promise<Storage | null>;
  /** Hands a saved comparison to the Vergleich view. */
  onComparison: (id: string) => void;
}) {
  const { lang, t, toggleLang } = useI18n();
  const [presenting, setPresenting] = useState(vortrag.present);
  const [view, setView] = useState<ViewId>((initial.view as ViewId | undefined) ?? 'karte');
  const [selected, setSelected] = useState<string | null>(initial.unit ?? null);
  // Why the last file chosen was not read; it replaces the notices of earlier runs until the next run starts.
  const [fileError, setFileError] = useState<string | null>(null);
  const runProblems = useUrlInRun(initial, () => setSelected(null));
  const { restore, problems: restoreProblems } = useRestore(initial, opened, lang);
  const { id: comparison } = useComparisonToOpen();
  const openComparison = (id: string) => {
    onComparison(id);
    // The Vergleich tab shows it.
    setView('vergleich');
  };
  useCommandKeys(RunControl.useActorRef());
  return (
    <ChoiceProvider initial={initial} restore={restore} onStart={() => setFileError(null)}>
      <DraftProvider>
      <a className="skip-link" href="#main-content">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <h1>{t.title}</h1>
        <ScenarioForm fileError={fileError} onFileError={setFileError} />
        <ResultsMenu />
        <SavedControls unavailable={storageProblem} onOpenComparison={openComparison} />
        <ShareButton />
        <button type="button" onClick={toggleLang} lang={lang === 'de' ? 'en' : 'de'}>
          {t.switchLang}
        </button>
        <PresentButton onClick={() => setPresenting(true)} />
      </header>
      <SessionSync initialDate={initial.date} />
      <UrlSync view={view} unit={selected} comparison={comparison} initialDate={initial.date} />
      <FollowSavedEntry />
      <DropImport onFileError={setFileError} />
      <Notices urlProblems={[...urlProblems, ...restoreProblems, ...runProblems]} fileError={fileError} />
      <RunBar />
      <main className="app-main" id="main-content" tabIndex={-1}>
        {presenting && <Vortrag start={vortrag} onView={setView} onSelect={setSelected} onLeave={() => setPresenting(false)} />}
        <ViewTabs view={view} onChange={setView} />
        <div className="app-body">
          <ViewArea view={view} selected={selected} onSelect={setSelected} onNavigate={setView} />
          <DetailArea selected={selected} onSelect={setSelected} />
        </div>
      </main>
      <footer className="app-footer">
        <p className="intro">{t.description}</p>
        <h2>{t.sources}</h2>
        <ul lang="de">
          {ATTRIBUTIONS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="hint">{keyboardHelp(lang)}</p>
      </footer>
      </DraftProvider>
    </ChoiceProvider>
  );
}

/**
 * The URL's unit and date checked against the first run once its units and days are known: a unit it does not have
 * is named and not selected (`onUnknownUnit`).
 */
function useUrlInRun(initial: UrlState, onUnknownUnit: () => void): UrlProblem[] {
  const data = useSession((s) => s.data);
  const [problems, setProblems] = useState<UrlProblem[]>([]);
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || !data) return;
    checked.current = true;
    const found = problemsInRun(initial, { hasUnit: (id) => data.indexById.has(id), days: data.days });
    if (found.some((p) => p.param === 'einheit')) onUnknownUnit();
    setProblems(found);
  }, [data, initial, onUnknownUnit]);
  return problems;
}

/** Keeps the run control in step with the session's data, and moves the cursor to the date asked for in the URL. */
function SessionSync({ initialDate }: { initialDate: string | undefined }) {
  const actor = RunControl.useActorRef();
  const data = useSession((s) => s.data);
  const version = useSession((s) => s.version);
  const seeked = useRef(false);

  useEffect(() => {
    if (data) actor.send({ type: 'data.started', total: data.D });
  }, [actor, data]);
  useEffect(() => {
    if (!data) return;
    actor.send({ type: 'data.progress', available: data.available });
    if (initialDate && !seeked.current && data.available > 0 && data.days[data.available - 1]! >= initialDate) {
      seeked.current = true;
      actor.send({ type: 'cursor.seek', day: data.dayOf(initialDate) });
    }
  }, [actor, data, version, initialDate]);
  return null;
}

function Notices({ urlProblems, fileError }: { urlProblems: readonly UrlProblem[]; fileError: string | null }) {
  const { lang, t } = useI18n();
  // A file that could not be read is the latest word: the notice of an earlier run would speak of another file.
  const sessionStatus = useSession((s) => s.status);
  const status = fileError === null ? sessionStatus : null;
  const issues = useSession((s) => s.issues);
  const error = useSession((s) => s.error);
  return (
    <div className="notices" aria-live="polite">
      {urlProblems.length > 0 && (
        <div role="alert" className="notice notice-warn">
          <p>{t.inputProblems}</p>
          <ul>
            {urlProblems.map((p) => (
              <li key={p.param}>{p[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {status === 'invalid' && <ScenarioIssues heading={t.invalidHeading} issues={issues} />}
      {status === 'error' && (
        <div role="alert" className="notice notice-error">
          <p>
            {t.errorHeading} {error}
          </p>
        </div>
      )}
    </div>
  );
}

type RunControlSnapshot = SnapshotFrom<typeof runControlMachine>;
// Selectors of the run bar, defined once so that each subscription compares like with like.
const selectPlaying = (s: RunControlSnapshot): boolean => s.matches('running');
const selectCanSeek = (s: RunControlSnapshot): boolean => s.can({ type: 'cursor.seek', day: 0 });

/** A button of the run bar that carries out one command: its event, its keys in title and `aria-keyshortcuts`. */
function CommandButton({
  command,
  enabled,
  name,
  pressed,
  className,
  children,
}: {
  command: Command;
  enabled: boolean;
  /** The accessible name when the content is an icon. */
  name?: string;
  pressed?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  const { lang } = useI18n();
  const actor = RunControl.useActorRef();
  return (
    <button
      type="button"
      className={className}
      onClick={() => actor.send(command.event as RunControlEvent)}
      disabled={!enabled}
      aria-label={name}
      aria-pressed={pressed}
      aria-keyshortcuts={ariaKeys(command)}
      title={commandTitle(command, lang)}
    >
      {children}
    </button>
  );
}

function RunBar() {
  const { lang, t } = useI18n();
  const actor = RunControl.useActorRef();
  const control = useControl();
  const enabled = RunControl.useSelector(selectEnabled, shallowEqual);
  const playing = RunControl.useSelector(selectPlaying);
  const canSeek = RunControl.useSelector(selectCanSeek);
  const day = useDay();
  const data = useSession((s) => s.data);
  const status = useSession((s) => s.status);
  const elapsed = useSession((s) => s.data?.elapsedMs ?? 0);
  const session = useSessionObject();
  const stateText: Record<string, string> = {
    idle: t.stateIdle,
    paused: t.statePaused,
    running: t.stateRunning,
    finished: t.stateFinished,
  };
  const date = data && data.D > 0 ? (data.days[Math.min(day, data.D - 1)] ?? '') : '';
  const rewind = COMMAND['cursor.rewind'];
  const back = COMMAND['cursor.dayBack'];
  return (
    <section className="run-bar" aria-label={t.timeline}>
      <CommandButton command={rewind} enabled={enabled['cursor.rewind']} name={rewind.label[lang]}>
        <IconStart />
      </CommandButton>
      <CommandButton command={back} enabled={enabled['cursor.dayBack']} name={back.label[lang]}>
        <IconBack />
      </CommandButton>
      <CommandButton
        command={COMMAND['playback.toggle']}
        enabled={enabled['playback.toggle']}
        name={playing ? t.pause : t.play}
        pressed={playing}
        className="play"
      >
        {playing ? <IconPause /> : <IconPlay />}
      </CommandButton>
      <CommandButton command={COMMAND['cursor.dayForward']} enabled={enabled['cursor.dayForward']}>
        {t.plusDay}
      </CommandButton>
      <CommandButton command={COMMAND['cursor.weekForward']} enabled={enabled['cursor.weekForward']}>
        {t.plusWeek}
      </CommandButton>
      <label className="speed">
        {t.speed}
        <select
          value={control.speedIndex}
          title={`${commandTitle(COMMAND['speed.faster'], lang)} · ${commandTitle(COMMAND['speed.slower'], lang)}`}
          onChange={(e) => actor.send({ type: 'speed.set', index: Number(e.target.value) })}
        >
          {SPEEDS.map((s, i) => (
            <option key={s} value={i}>
              {s} {t.daysPerSecond}
            </option>
          ))}
        </select>
      </label>
      <label className="timeline">
        <span className="visually-hidden">{t.date}</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, (data?.D ?? 1) - 1)}
          value={Math.min(day, Math.max(0, (data?.D ?? 1) - 1))}
          disabled={!canSeek}
          aria-valuetext={date ? formatDate(lang, date) : ''}
          onChange={(e) => actor.send({ type: 'cursor.seek', day: Number(e.target.value) })}
        />
      </label>
      <output className="date" aria-live="off">
        {date ? formatDate(lang, date) : '–'}
      </output>
      <DateAnnouncer text={date ? `${t.date}: ${formatDate(lang, date)}` : ''} playing={playing} />
      <span className="status" role="status">
        {status === 'computing'
          ? `${t.computing} ${data ? formatNumber(lang, (100 * data.available) / Math.max(1, data.D)) : 0} %`
          : data?.complete
            ? `${stateText[control.state] ?? ''} · ${t.computedIn} ${formatNumber(lang, elapsed / 1000, 2)} s`
            : (stateText[control.state] ?? '')}
      </span>
      {status === 'computing' && (
        <button type="button" className="cancel" onClick={() => session.cancel()}>
          {t.cancelRun}
        </button>
      )}
    </section>
  );
}

/** While playing, the date is announced at most this often, so that a screen reader is not flooded. */
const ANNOUNCE_EVERY_MS = 5000;

/**
 * The date for screen readers (the visible date is not live: it changes every frame): announced at once when
 * stepping, seeking or pausing, and while playing the latest date at most every ANNOUNCE_EVERY_MS.
 */
function DateAnnouncer({ text, playing }: { text: string; playing: boolean }) {
  const [spoken, setSpoken] = useState(text);
  const lastSpoken = useRef(-Infinity);
  useEffect(() => {
    const speak = () => {
      lastSpoken.current = performance.now();
      setSpoken(text);
    };
    const wait = playing ? lastSpoken.current + ANNOUNCE_EVERY_MS - performance.now() : 0;
    if (wait <= 0) {
      speak();
      return;
    }
    const timer = setTimeout(speak, wait);
    return () => clearTimeout(timer);
  }, [text, playing]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}

function ViewTabs({ view, onChange }: { view: ViewId; onChange: (v: ViewId) => void }) {
  const { t } = useI18n();
  const labels: Record<ViewId, string> = {
    karte: t.viewMap,
    bewegung: t.viewMovement,
    zeitverlauf: t.viewTimeline,
    fluesse: t.viewFlows,
    szenario: t.viewScenario,
    bearbeiten: t.viewEdit,
    lernen: t.viewLernen,
    vergleich: t.viewVergleich,
  };
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: React.KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + VIEWS.length - 1) % VIEWS.length : -1;
    if (next < 0) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(VIEWS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t.views} className="tabs">
      {VIEWS.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`tab-${v}`}
          aria-selected={view === v}
          aria-controls={`panel-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {labels[v]}
        </button>
      ))}
    </div>
  );
}

function ViewArea({
  view,
  selected,
  onSelect,
  onNavigate,
}: {
  view: ViewId;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onNavigate: (v: ViewId) => void;
}) {
  const { t } = useI18n();
  const data = useSession((s) => s.data);
  const version = useSession((s) => s.version);
  const day = useDay();
  const ready = data && data.available > 0 ? data : null;
  const { id: comparisonToOpen } = useComparisonToOpen();
  let body: React.ReactNode;
  if (view === 'lernen') {
    // Stories and quiz need no run; the chart's counts and the exercise use it when there is one.
    body = (
      <Suspense fallback={<p className="empty">…</p>}>
        <LernenView data={ready} version={version} day={ready ? Math.min(day, ready.available - 1) : 0} onNavigate={onNavigate} />
      </Suspense>
    );
  } else if (view === 'vergleich') {
    // A comparison needs the scenario on screen, or opens a saved one without it.
    body = (
      <Suspense fallback={<p className="empty">…</p>}>
        <VergleichView scenario={ready?.scenario ?? null} units={ready?.units} openEntry={comparisonToOpen ?? undefined} />
      </Suspense>
    );
  } else if (ready) {
    const View = VIEW_COMPONENTS[view];
    body = <View data={ready} version={version} day={Math.min(day, ready.available - 1)} selected={selected} onSelect={onSelect} />;
  } else body = <p className="empty">{t.noData}</p>;
  return (
    <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className="view">
      {body}
    </div>
  );
}

function DetailArea({ selected, onSelect }: { selected: string | null; onSelect: (id: string | null) => void }) {
  const data = useSession((s) => s.data);
  const version = useSession((s) => s.version);
  const day = useDay();
  if (!data || data.available === 0 || selected === null || !data.indexById.has(selected)) return null;
  return (
    <aside className="detail">
      <DetailPanel data={data} version={version} day={Math.min(day, data.available - 1)} selected={selected} onSelect={onSelect} />
    </aside>
  );
}

export type { Lang };
