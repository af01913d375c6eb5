/** Begleiten: guided stories walked through the household chart, one pause per step, continued by the trainee. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartModel } from '../../../engine/lehre/chart.ts';
import { BUILTIN_STORIES } from '../../../engine/lehre/geschichten/index.ts';
import { parseStory, playStory, type Story, type StoryFrame, type StoryProblem } from '../../../engine/lehre/story.ts';
import type { TransitionTable } from '../../../engine/machines/table.ts';
import { RunControl } from '../../app/context.tsx';
import type { RunData } from '../../data/runData.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { fullLabel } from './Ablauf.tsx';
import { LEVEL_COLOURS, personsByPath, sampleAt } from './chart.ts';
import { LERNEN_MESSAGES, type LernenMessages } from './messages.ts';

export interface BegleitenProps {
  readonly model: ChartModel;
  readonly table: TransitionTable;
  readonly data: RunData | null;
}

export function Begleiten({ model, table, data }: BegleitenProps) {
  const { lang } = useI18n();
  const m = LERNEN_MESSAGES[lang];
  const stories = useMemo(
    () => BUILTIN_STORIES.flatMap((json) => {
      const r = parseStory(json, table, model);
      return r.ok ? [r.story] : [];
    }),
    [table, model],
  );
  const [story, setStory] = useState<Story | null>(null);
  const chooser = useRef<HTMLHeadingElement>(null);
  const [returning, setReturning] = useState(false);
  useEffect(() => {
    if (returning && story === null) chooser.current?.focus();
  }, [returning, story]);

  if (story) {
    return (
      <Player
        story={story}
        model={model}
        table={table}
        data={data}
        m={m}
        onClose={() => {
          setReturning(true);
          setStory(null);
        }}
      />
    );
  }
  return (
    <div className="lernen-stories">
      <h3 ref={chooser} tabIndex={-1}>
        {m.subviews.begleiten}
      </h3>
      <p>{m.storiesIntro}</p>
      <ul className="lernen-story-list">
        {stories.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => setStory(s)}>
              {m.startStory(s.title[lang])}
            </button>
            <p>
              {m.personsInHousehold(s.persons)} · {formatDate(lang, s.start)} · {m.outcome}: {s.outcome[lang]}
            </p>
          </li>
        ))}
      </ul>
      <OwnStory model={model} table={table} m={m} onStory={setStory} />
    </div>
  );
}

function OwnStory({ model, table, m, onStory }: { model: ChartModel; table: TransitionTable; m: LernenMessages; onStory: (s: Story) => void }) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly StoryProblem[]>([]);
  const load = () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      setProblems([{ path: '(JSON)', message: `${m.notJson}: ${e instanceof Error ? e.message : String(e)}` }]);
      return;
    }
    const r = parseStory(json, table, model);
    if (r.ok) {
      setProblems([]);
      onStory(r.story);
    } else setProblems(r.problems);
  };
  return (
    <details className="lernen-own-story">
      <summary>{m.ownStory}</summary>
      <p id="lernen-own-hint">{m.ownStoryHint}</p>
      <label>
        <span className="visually-hidden">{m.ownStory}</span>
        <textarea rows={8} cols={60} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="lernen-own-hint" spellCheck={false} />
      </label>
      <button type="button" onClick={load}>
        {m.loadStory}
      </button>
      {problems.length > 0 && (
        <div role="alert" className="notice notice-error">
          <p>{m.storyProblems}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

function Player({
  story,
  model,
  table,
  data,
  m,
  onClose,
}: {
  story: Story;
  model: ChartModel;
  table: TransitionTable;
  data: RunData | null;
  m: LernenMessages;
  onClose: () => void;
}) {
  const { lang } = useI18n();
  const frames = useMemo(() => {
    const r = playStory(story, table, model);
    return r.ok ? r.frames : [];
  }, [story, table, model]);
  const [k, setK] = useState(0);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const endHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (done ? endHeading : heading).current?.focus();
  }, [done]);
  const frame = frames[k];
  if (!frame) return null;
  const last = k === frames.length - 1;

  if (done) {
    return (
      <div className="lernen-player">
        <h3 ref={endHeading} tabIndex={-1}>
          {m.storyEnd}: {story.title[lang]}
        </h3>
        <p>
          <strong>{m.outcome}:</strong> {story.outcome[lang]}
        </p>
        <ol className="lernen-story-summary">
          {frames.map((f) => (
            <li key={f.index}>
              {formatDate(lang, f.date)} – {f.event ?? m.arrival}: {f.changed.map((c) => (c.level ? `${fullLabel(m, model, c.annotated ?? c.path)} (${m.levels[c.level]})` : fullLabel(m, model, c.path))).join('; ')}
            </li>
          ))}
        </ol>
        <div className="lernen-actions">
          <button
            type="button"
            onClick={() => {
              setK(0);
              setDone(false);
            }}
          >
            {m.restart}
          </button>
          <button type="button" onClick={onClose}>
            {m.otherStory}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="lernen-player">
      <h3 ref={heading} tabIndex={-1}>
        {story.title[lang]}
      </h3>
      <div aria-live="polite" aria-atomic="true">
        <FrameView frame={frame} total={frames.length} model={model} data={data} m={m} />
      </div>
      <div className="lernen-actions">
        <button
          type="button"
          onClick={() => {
            setK(k - 1);
            // The button is disabled at the first pause: the heading keeps the keyboard in the story.
            if (k === 1) heading.current?.focus();
          }}
          disabled={k === 0}
        >
          {m.back}
        </button>
        <button type="button" className="primary" onClick={() => (last ? setDone(true) : setK(k + 1))}>
          {last ? m.finish : m.next}
        </button>
        <button type="button" onClick={onClose}>
          {m.otherStory}
        </button>
      </div>
    </div>
  );
}

function FrameView({ frame, total, model, data, m }: { frame: StoryFrame; total: number; model: ChartModel; data: RunData | null; m: LernenMessages }) {
  const { lang } = useI18n();
  return (
    <>
      <p className="lernen-step">
        <strong>{m.stepOf(frame.index + 1, total)}</strong> · {formatDate(lang, frame.date)} · {m.event}: {frame.event ? <code>{frame.event}</code> : m.arrival}
      </p>
      <h4>{m.household}</h4>
      <p className="lernen-experience">{frame.text[lang]}</p>
      <h4>{m.whoDecides}</h4>
      <ul className="lernen-decides">
        {frame.changed.map((c) => (
          <li key={c.region} style={{ borderLeftColor: c.level ? LEVEL_COLOURS[c.level] : undefined }}>
            <strong>{fullLabel(m, model, c.annotated ?? c.path)}</strong>
            {c.level && ` – ${m.levels[c.level]}`}
            {c.meta && (
              <dl>
                <dt>{m.responsible}</dt>
                <dd>{c.meta.office[lang]}</dd>
                <dt>{m.legalBasis}</dt>
                <dd>{c.meta.legalBasis.join('; ')}</dd>
                <dt>{m.whatHappens}</dt>
                <dd>{c.meta.text[lang]}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      <InRun frame={frame} model={model} data={data} m={m} />
    </>
  );
}

/** The run's count for the state the household is in, on the story's date, when the run covers it. */
function InRun({ frame, model, data, m }: { frame: StoryFrame; model: ChartModel; data: RunData | null; m: LernenMessages }) {
  const { lang } = useI18n();
  const actor = RunControl.useActorRef();
  if (!data || data.available === 0) return null;
  const day = data.days.indexOf(frame.date);
  if (day < 0 || day >= data.available) return null;
  const counts = data.chartStates;
  const place = frame.regions[0];
  const n = counts && place ? personsByPath(model, counts, sampleAt(counts, day)).get(place.annotated ?? place.path) : undefined;
  return (
    <p className="lernen-in-run">
      {n !== undefined && `${m.inRun(formatNumber(lang, n), formatDate(lang, data.days[counts!.days[sampleAt(counts!, day)] as number] ?? frame.date))} `}
      <button type="button" className="link" onClick={() => actor.send({ type: 'cursor.seek', day })}>
        {m.seekRun}
      </button>
    </p>
  );
}
