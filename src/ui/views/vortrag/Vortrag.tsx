/**
 * The lecturer mode: the app full screen with large type and editing hidden, driven by the keyboard, with an
 * unobtrusive date and speed indicator; optionally a chapter script, played by the chapter machine — each chapter
 * sets view, unit and speed, plays from its first to its last day and then pauses on its question, where the
 * lecturer may ask "Was wäre wenn" (WhatIfPanel). Chapters run their scenario in the original session, whatever run is
 * on screen.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { keyboardHelp, type PresentationEvent } from '../../app/commands.ts';
import { RunControl, useSession, useSessionObject } from '../../app/context.tsx';
import { useScopeKeys } from '../../app/useCommandKeys.ts';
import { useWhatIf } from '../../data/whatIf.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { chapterMachine } from '../../machines/chapters.ts';
import { SPEEDS } from '../../machines/runControl.ts';
import { FigureExport, sourceLine } from '../../export/FigureExport.tsx';
import { VORTRAG_MESSAGES } from './messages.ts';
import { readChapterScriptText, unitIssues, type ChapterView, type ScriptIssue } from './script.ts';
import { BUILTIN_SCRIPTS } from './scripts/index.ts';
import { kapitelParam, unknownChapterText, type VortragUrl } from './url.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import './vortrag.css';

/** The class on <html> while presenting: the stylesheet hides editing and enlarges type from it. */
export const PRESENTING_CLASS = 'praesentation';

export interface VortragProps {
  readonly start: VortragUrl;
  /** Shows a view (a chapter chooses its own). */
  readonly onView: (view: ChapterView) => void;
  readonly onSelect: (unit: string | null) => void;
  /** Back to the ordinary app. */
  readonly onLeave: () => void;
}

/** The header button that opens the presentation. */
export function PresentButton({ onClick }: { onClick: () => void }) {
  const { lang } = useI18n();
  const v = VORTRAG_MESSAGES[lang];
  return (
    <button type="button" className="present-button" onClick={onClick} title={v.presentHint}>
      {v.present}
    </button>
  );
}

function toggleFullscreen(): void {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function Vortrag({ start, onView, onSelect, onLeave }: VortragProps) {
  const { lang, t, toggleLang } = useI18n();
  const v = VORTRAG_MESSAGES[lang];
  const whatIf = useWhatIf();
  const onScreen = useSessionObject();
  // The original run's session: a chapter's scenario is computed there, also while a changed run is on screen.
  const session = whatIf.original ?? onScreen;
  const originalState = useSyncExternalStore(session.subscribe, session.getState);
  const request = originalState.request;
  const control = RunControl.useActorRef();
  const data = useSession((s) => s.data);
  const version = useSession((s) => s.version);
  const [whatIfSignal, setWhatIfSignal] = useState(0);
  const [problems, setProblems] = useState<{ title: string; issues: readonly ScriptIssue[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRESENTING_CLASS);
    return () => root.classList.remove(PRESENTING_CLASS);
  }, []);

  // The chapter machine's effects on the app, read through a ref so that they see the current run and callbacks.
  const app = useRef({ session, control, data, onView, onSelect });
  app.current = { session, control, data, onView, onSelect };
  const chapters = useActorRef(
    chapterMachine.provide({
      actions: {
        applyChapter: ({ context }) => {
          const c = context.script?.chapters[context.index];
          if (!c || !context.script) return;
          const a = app.current;
          a.control.send({ type: 'playback.pause' });
          a.onView(c.view);
          a.onSelect(c.unit ?? null);
          if (c.speed !== undefined) a.control.send({ type: 'speed.set', index: SPEEDS.indexOf(c.speed) });
          if (a.session.getState().request?.scenario !== context.script.scenario) a.session.run({ scenario: context.script.scenario, options: {} });
        },
        seekStart: ({ context }) => {
          const c = context.script?.chapters[context.index];
          const d = app.current.data;
          if (c && d) app.current.control.send({ type: 'cursor.seek', day: d.dayOf(c.from) });
        },
        // Stops on the chapter's last day itself, not a frame beyond it.
        pause: ({ context }) => {
          const c = context.script?.chapters[context.index];
          const d = app.current.data;
          app.current.control.send({ type: 'playback.pause' });
          if (c && d) app.current.control.send({ type: 'cursor.seek', day: d.dayOf(c.to) });
        },
      },
    }),
  );
  const script = useSelector(chapters, (s) => s.context.script);
  const index = useSelector(chapters, (s) => s.context.index);
  const phase = useSelector(chapters, (s) => (s.matches('off') ? 'off' : s.matches('finished') ? 'finished' : s.matches({ chapter: 'question' }) ? 'question' : s.matches({ chapter: 'running' }) ? 'running' : 'preparing'));
  const chapter = script?.chapters[index] ?? null;

  // The address names the presentation, its script (a built-in one) and chapter, so that a reload comes back to it.
  const scriptId = script && BUILTIN_SCRIPTS[script.id] === script ? script.id : null;
  useEffect(() => {
    const url = new URL(location.href);
    url.searchParams.delete('kapitel');
    url.searchParams.delete('vortrag');
    if (scriptId) url.searchParams.set('kapitel', kapitelParam(scriptId, phase === 'finished' ? 0 : index));
    else url.searchParams.set('vortrag', '');
    history.replaceState(history.state, '', url);
  }, [scriptId, index, phase, request]);
  useEffect(
    () => () => {
      const url = new URL(location.href);
      url.searchParams.delete('kapitel');
      url.searchParams.delete('vortrag');
      history.replaceState(history.state, '', url);
    },
    [],
  );

  useEffect(() => {
    if (start.script) chapters.send({ type: 'script.load', script: start.script, index: start.chapter });
  }, [chapters, start.script, start.chapter]);

  // Leaving the presentation ends a comparison: the app goes on with the original run.
  const dropWhatIf = useRef(whatIf.drop);
  dropWhatIf.current = whatIf.drop;
  useEffect(() => () => dropWhatIf.current(), []);

  // Ready when the run on screen is the script's scenario and has computed the chapter's first day.
  const runIsScript = script !== null && request?.scenario === script.scenario;

  // The script's units checked against its run once the run has started (the schema cannot know the region).
  const originalData = originalState.data;
  const unitProblems = useMemo(
    () => (script && runIsScript && originalData ? unitIssues(script, (id) => originalData.indexById.has(id), lang) : []),
    [script, runIsScript, originalData, lang],
  );
  useEffect(() => {
    if (phase !== 'preparing' || !chapter || !runIsScript || !data || data.available === 0) return;
    if (data.days[data.available - 1]! >= chapter.from) chapters.send({ type: 'run.ready' });
  }, [phase, chapter, runIsScript, data, version, chapters]);

  const endDay = chapter && data && runIsScript ? data.dayOf(chapter.to) : null;
  const reached = RunControl.useSelector((s) => endDay !== null && s.context.position >= endDay);
  useEffect(() => {
    if (reached && phase === 'running') chapters.send({ type: 'run.reachedEnd' });
  }, [reached, phase, chapters]);

  const keys = useMemo(
    () => ({
      send: (e: PresentationEvent) => {
        if (e.type === 'vortrag.leave') {
          if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
          onLeave();
        } else if (e.type === 'vortrag.fullscreen') toggleFullscreen();
        else if (e.type === 'vortrag.whatIf') setWhatIfSignal((n) => n + 1);
        else chapters.send(e);
      },
    }),
    [chapters, onLeave],
  );
  useScopeKeys('vortrag', keys);

  const chooseScript = (id: string) => {
    setProblems(null);
    const s = BUILTIN_SCRIPTS[id];
    if (s) chapters.send({ type: 'script.load', script: s });
    else chapters.send({ type: 'script.close' });
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const read = readChapterScriptText(text, lang);
      if (read.ok) {
        setProblems(null);
        chapters.send({ type: 'script.load', script: read.script });
      } else setProblems({ title: v.scriptProblems(file.name), issues: read.issues });
    });
  };

  const known = Object.keys(BUILTIN_SCRIPTS).join(', ');
  const scriptValue = script ? (BUILTIN_SCRIPTS[script.id] === script ? script.id : 'custom') : '';
  return (
    <section className="vortrag" aria-label={v.region} data-phase={phase}>
      <div className="vortrag-bar">
        <label className="vortrag-script">
          <span className="visually-hidden">{v.script}</span>
          <select value={scriptValue} onChange={(e) => chooseScript(e.target.value)} aria-label={v.script}>
            <option value="">{v.noScript}</option>
            {Object.values(BUILTIN_SCRIPTS).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
            {scriptValue === 'custom' && script && <option value="custom">{script.title[lang]}</option>}
          </select>
        </label>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {v.ownScript}
        </button>
        <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={onFile} aria-label={v.ownScript} />
        {script && (
          <nav className="vortrag-chapters" aria-label={v.chapters}>
            {script.chapters.map((c, i) => (
              <button
                key={i}
                type="button"
                aria-current={i === index && phase !== 'finished' ? 'step' : undefined}
                aria-label={v.chapterButton(i + 1, c.title[lang])}
                aria-keyshortcuts={String(i + 1)}
                title={c.title[lang]}
                onClick={() => chapters.send({ type: 'chapter.goto', index: i })}
              >
                {i + 1}
              </button>
            ))}
          </nav>
        )}
        <FigureExport title={chapter ? chapter.title[lang] : null} />
        <button type="button" onClick={toggleLang} lang={lang === 'de' ? 'en' : 'de'}>
          {t.switchLang}
        </button>
        <button type="button" onClick={toggleFullscreen} aria-keyshortcuts="F">
          {v.fullscreen}
        </button>
        <button type="button" onClick={keys.send.bind(null, { type: 'vortrag.leave' })} aria-keyshortcuts="Escape">
          {v.leave}
        </button>
      </div>
      {(problems || start.unknownScript || (start.unknownChapter !== null && start.script)) && (
        <div role="alert" className="notice notice-error">
          {start.unknownScript && !problems && <p>{v.unknownScript(start.unknownScript, known)}</p>}
          {start.unknownChapter !== null && start.script && !problems && <p>{unknownChapterText(lang, start.script, start.unknownChapter)}</p>}
          {problems && (
            <>
              <p>{problems.title}</p>
              <ul>
                {problems.issues.map((i, k) => (
                  <li key={k}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {script && unitProblems.length > 0 && (
        <div role="alert" className="notice notice-warn vortrag-unit-problems">
          <p>{v.scriptUnitProblems(script.title[lang])}</p>
          <ul>
            {unitProblems.map((i, k) => (
              <li key={k}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {script && chapter && phase !== 'finished' && (
        <div className="vortrag-chapter">
          <p className="vortrag-chapter-title">
            <span className="vortrag-chapter-number">{v.chapterOf(index + 1, script.chapters.length)}</span> <strong>{chapter.title[lang]}</strong>{' '}
            <span className="vortrag-chapter-range">
              {formatDate(lang, chapter.from)} – {formatDate(lang, chapter.to)}
            </span>
            {phase === 'preparing' && <span className="vortrag-chapter-wait"> · {v.preparing}</span>}
          </p>
        </div>
      )}
      <div className="vortrag-prompt-live" aria-live="polite">
        {phase === 'question' && chapter && script && (
          <div className="vortrag-prompt" role="note" aria-label={v.question}>
            <p className="vortrag-prompt-text">{chapter.prompt[lang]}</p>
            <p className="vortrag-prompt-hint">{index + 1 < script.chapters.length ? v.continueHint : v.lastHint}</p>
          </div>
        )}
        {phase === 'finished' && script && (
          <div className="vortrag-prompt">
            <p className="vortrag-prompt-text">
              {v.finished}: {script.title[lang]}
            </p>
            <p className="vortrag-prompt-hint">{v.finishedHint}</p>
          </div>
        )}
      </div>
      <WhatIfPanel enabled={phase === 'question'} openSignal={whatIfSignal} />
      <Indicator />
      <p className="visually-hidden">{keyboardHelp(lang, 'vortrag')}</p>
      {data && <p className="vortrag-print-source">{sourceLine(lang, data.scenario?.name[lang] ?? data.scenarioId)}</p>}
    </section>
  );
}

/** Date, speed and play state, small in a corner. */
function Indicator() {
  const { lang } = useI18n();
  const v = VORTRAG_MESSAGES[lang];
  const data = useSession((s) => s.data);
  const day = RunControl.useSelector((s) => Math.floor(s.context.position));
  const speed = RunControl.useSelector((s) => SPEEDS[s.context.speedIndex] ?? 1);
  const playing = RunControl.useSelector((s) => s.matches('running'));
  const date = data && data.available > 0 ? data.days[Math.min(day, data.available - 1)] : undefined;
  return (
    <p className="vortrag-indicator">
      <span className="vortrag-indicator-date">{date ? formatDate(lang, date) : '–'}</span> · {speed} {v.daysPerSecond} · {playing ? v.playing : v.paused}
    </p>
  );
}
