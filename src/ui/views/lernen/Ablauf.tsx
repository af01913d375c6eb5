/** Ablauf: the household chart drawn with ELK, coloured by the level responsible, with counts and annotations. */
import { useEffect, useMemo, useState } from 'react';
import type { ChartModel, ChartState } from '../../../engine/lehre/chart.ts';
import { LEVELS } from '../../../engine/lehre/chart.ts';
import type { StateMeta } from '../../../engine/machines/meta.ts';
import type { RunData } from '../../data/runData.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { LEVEL_COLOURS, personsByPath, sampleAt, viewOfState, type AppView } from './chart.ts';
import { layoutChart, type ChartLayout } from './layout.ts';
import { LERNEN_MESSAGES, stateLabel, type LernenMessages } from './messages.ts';

export interface AblaufProps {
  readonly model: ChartModel;
  readonly data: RunData | null;
  readonly day: number;
  readonly onNavigate: (view: AppView) => void;
}

/** The name of a state with its region, e.g. "Asylverfahren: Laufend". */
export function fullLabel(m: LernenMessages, model: ChartModel, path: string): string {
  const s = model.byPath.get(path);
  const region = m.regions[s?.region ?? ''] ?? s?.region ?? '';
  return s?.parent === null ? region : `${region}: ${stateLabel(path)}`;
}

/** Who is responsible for a state, on what legal basis, and what happens there; the quiz shows the same facts as feedback. */
export function StateFacts({ meta, m, withDuration = false }: { meta: StateMeta; m: LernenMessages; withDuration?: boolean }) {
  const { lang } = useI18n();
  return (
    <dl>
      <dt>{m.responsible}</dt>
      <dd>{meta.office[lang]}</dd>
      <dt>{m.legalBasis}</dt>
      <dd>{meta.legalBasis.join('; ')}</dd>
      <dt>{m.whatHappens}</dt>
      <dd>{meta.text[lang]}</dd>
      {withDuration && meta.duration && (
        <>
          <dt>{m.duration}</dt>
          <dd>{meta.duration[lang]}</dd>
        </>
      )}
    </dl>
  );
}

export function Ablauf({ model, data, day, onNavigate }: AblaufProps) {
  const { lang, t } = useI18n();
  const m = LERNEN_MESSAGES[lang];
  const [layout, setLayout] = useState<ChartLayout | null>(null);
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    layoutChart(model).then(
      (l) => live && setLayout(l),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [model]);

  const counts = data?.chartStates ?? null;
  const sample = counts ? sampleAt(counts, day) : -1;
  const persons = useMemo(() => (counts ? personsByPath(model, counts, sample) : null), [model, counts, sample]);
  const sampleDate = counts && sample >= 0 && data ? (data.days[counts.days[sample] as number] ?? '') : '';
  const count = (path: string) => (persons ? formatNumber(lang, persons.get(path) ?? 0) : null);
  const viewName: Record<AppView, string> = { karte: t.viewMap, bewegung: t.viewMovement, zeitverlauf: t.viewTimeline, fluesse: t.viewFlows, szenario: t.viewScenario };
  const state = selected ? model.byPath.get(selected) : undefined;

  return (
    <div className="lernen-ablauf">
      <p>{m.ablaufIntro}</p>
      <Legend m={m} />
      <p className="lernen-counts-note">{counts ? (sampleDate ? m.countsAsOf(formatDate(lang, sampleDate)) : '') : data ? m.countsPending : ''}</p>
      <div className="lernen-chart-area">
        <div className="lernen-chart-main">
          <div className="lernen-diagram" role="region" aria-label={m.diagramLabel} tabIndex={0}>
            {layout ? (
              <Diagram layout={layout} model={model} selected={selected} onSelect={setSelected} count={count} m={m} />
            ) : (
              <p className="empty">{failed ? m.layoutFailed : m.layouting}</p>
            )}
          </div>
          <section aria-labelledby="lernen-text-heading" className="lernen-text">
            <h3 id="lernen-text-heading">{m.textAlternative}</h3>
            <h4>{m.statesHeading}</h4>
            {model.regions.map((r) => (
              <StateList key={r} path={r} model={model} m={m} count={count} selected={selected} onSelect={setSelected} />
            ))}
            <h4>{m.transitionsHeading}</h4>
            <ul>
              {model.transitions
                .filter((tr) => tr.source !== tr.target)
                .map((tr, i) => (
                  <li key={i}>{m.transitionText(fullLabel(m, model, tr.source), tr.event, fullLabel(m, model, tr.target), tr.guard)}</li>
                ))}
            </ul>
          </section>
        </div>
        <div className="lernen-chart-side">
          {state ? (
            <StateCard state={state} model={model} m={m} persons={count(state.path)} viewName={viewName} onNavigate={onNavigate} onSelect={setSelected} />
          ) : (
            <p className="empty">{m.selectState}</p>
          )}
        </div>
      </div>
    </div>
  );
}

function Legend({ m }: { m: LernenMessages }) {
  return (
    <div className="lernen-legend" role="group" aria-label={m.legend}>
      <span className="lernen-legend-title" aria-hidden="true">
        {m.legend}:
      </span>
      <ul>
        {LEVELS.map((l) => (
          <li key={l}>
            <span className="lernen-swatch" style={{ background: LEVEL_COLOURS[l] }} aria-hidden="true" />
            {m.levels[l]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Diagram({
  layout,
  model,
  selected,
  onSelect,
  count,
  m,
}: {
  layout: ChartLayout;
  model: ChartModel;
  selected: string | null;
  onSelect: (p: string) => void;
  count: (p: string) => string | null;
  m: LernenMessages;
}) {
  // The diagram is for the eye and the mouse; the same states are buttons in the text version below.
  return (
    <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" className="lernen-svg">
      <defs>
        <marker id="lernen-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#555" />
        </marker>
      </defs>
      {layout.states.map((p) => {
        const s = model.byPath.get(p.path)!;
        const fill = s.level ? LEVEL_COLOURS[s.level] : 'none';
        const name = s.parent === null ? (m.regions[s.path] ?? s.path) : stateLabel(s.path).split(' › ').at(-1)!;
        const n = count(p.path);
        return (
          <g
            key={p.path}
            className={`lernen-node${p.compound ? ' compound' : ''}${selected === p.path ? ' selected' : ''}`}
            onClick={(e) => {
              e.stopPropagation();
              onSelect(p.path);
            }}
          >
            <rect
              x={p.x}
              y={p.y}
              width={p.width}
              height={p.height}
              rx={p.compound ? 10 : 6}
              fill={p.compound ? (s.level ? fill : '#f4f4ef') : fill}
              fillOpacity={p.compound && s.level ? 0.28 : 1}
              strokeWidth={s.kind === 'final' ? 3 : 1.2}
            />
            <text x={p.x + 8} y={p.y + (p.compound ? 19 : 17)} className="lernen-node-name">
              {name}
            </text>
            {n !== null && (
              <text x={p.compound ? p.x + p.width - 8 : p.x + 8} y={p.y + (p.compound ? 19 : 34)} className="lernen-node-count" textAnchor={p.compound ? 'end' : 'start'}>
                {m.persons(n)}
              </text>
            )}
          </g>
        );
      })}
      {layout.edges.map((e) => (
        <g key={e.id} className="lernen-edge">
          <polyline points={e.points.map((q) => `${q.x},${q.y}`).join(' ')} fill="none" markerEnd="url(#lernen-arrow)" />
          {e.label && (
            <text x={e.label.x} y={e.label.y} className="lernen-edge-label">
              {e.label.text}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

function StateList({
  path,
  model,
  m,
  count,
  selected,
  onSelect,
}: {
  path: string;
  model: ChartModel;
  m: LernenMessages;
  count: (p: string) => string | null;
  selected: string | null;
  onSelect: (p: string) => void;
}) {
  const s = model.byPath.get(path)!;
  const n = count(path);
  const name = s.parent === null ? (m.regions[path] ?? path) : stateLabel(path).split(' › ').at(-1)!;
  return (
    <ul className="lernen-state-list">
      <li>
        {s.meta ? (
          <button type="button" aria-pressed={selected === path} onClick={() => onSelect(path)}>
            <span className="lernen-swatch" style={{ background: LEVEL_COLOURS[s.level!] }} aria-hidden="true" />
            {name}
          </button>
        ) : (
          <strong>{name}</strong>
        )}
        {s.level && ` – ${m.levels[s.level]}`}
        {s.kind === 'final' && ` (${m.final})`}
        {s.initial && ` (${m.initialMark})`}
        {n !== null && ` – ${m.persons(n)}`}
        {s.children.map((c) => (
          <StateList key={c} path={c} model={model} m={m} count={count} selected={selected} onSelect={onSelect} />
        ))}
      </li>
    </ul>
  );
}

function StateCard({
  state,
  model,
  m,
  persons,
  viewName,
  onNavigate,
  onSelect,
}: {
  state: ChartState;
  model: ChartModel;
  m: LernenMessages;
  persons: string | null;
  viewName: Record<AppView, string>;
  onNavigate: (v: AppView) => void;
  onSelect: (p: string) => void;
}) {
  const meta = state.meta;
  const out = model.transitions.filter((t) => t.source === state.path && t.target !== t.source);
  const view = viewOfState(state.path);
  return (
    <section className="lernen-card" aria-labelledby="lernen-card-heading" aria-live="polite">
      <h3 id="lernen-card-heading">{fullLabel(m, model, state.path)}</h3>
      {state.level && (
        <p>
          <span className="lernen-swatch" style={{ background: LEVEL_COLOURS[state.level] }} aria-hidden="true" /> {m.levels[state.level]}
        </p>
      )}
      {meta && <StateFacts meta={meta} m={m} withDuration />}
      {persons !== null && <p>{m.persons(persons)}</p>}
      <h4>{m.outgoing}</h4>
      {out.length === 0 ? (
        <p>{m.noOutgoing}</p>
      ) : (
        <ul>
          {out.map((t, i) => (
            <li key={i}>
              „{t.event}“ →{' '}
              <button type="button" className="link" onClick={() => onSelect(t.target)}>
                {fullLabel(m, model, t.target)}
              </button>
              {t.guard && ` (${t.guard})`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" className="link" onClick={() => onNavigate(view)}>
          {m.showIn(viewName[view])}
        </button>
      </p>
    </section>
  );
}
