/** Flüsse: a Sankey diagram of a period's flows Erstaufnahme → Kreise → Gemeinden / Kreis-Unterkünfte → Abgänge. */
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { flowMeta } from '../../../engine/metrics/flows.ts';
import { formatDate, formatNumber, formatPersons } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import type { ViewProps } from '../types.ts';
import { KREISINTERN_COLOUR } from '../flowColours.ts';
import { aggregateColour, linkColour, unitColours } from './colors.ts';
import { FLOWS_MESSAGES, type FlowsMessages } from './messages.ts';
import { parsePeriod, presetPeriod, PRESETS, type Period, type PeriodProblem, type Preset } from './period.ts';
import { sankeyData, visibleNodes, type FlowData, type FlowLinkKind, type FlowNode } from './sankeyData.ts';
import './flows.css';

type Mode = { readonly kind: 'preset'; readonly preset: Preset } | { readonly kind: 'custom'; readonly from: string; readonly to: string };

interface NodeExtra {
  id: string;
  kind: FlowNode['kind'];
  column: number;
  unit?: number;
  label: string;
  colour: string;
}
interface LinkExtra {
  kind: FlowLinkKind;
}
type LNode = SankeyNode<NodeExtra, LinkExtra>;
type LLink = SankeyLink<NodeExtra, LinkExtra>;

const DEFAULT_WIDTH = 960;
const NODE_WIDTH = 14;
const LABEL_GAP = 6;
const LABEL_MIN_DY = 13;
const MAX_LABEL = 34;

export function FlowsView({ data, version, day, selected, onSelect }: ViewProps) {
  const { lang } = useI18n();
  const m = FLOWS_MESSAGES[lang];
  const [mode, setMode] = useState<Mode>({ kind: 'preset', preset: 'toCursor' });
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const [problem, setProblem] = useState<PeriodProblem | null>(null);

  const period: Period = mode.kind === 'preset' ? presetPeriod(data, mode.preset, day) : { from: data.dayOf(mode.from), to: data.dayOf(mode.to) };
  // During fast playback the diagram may lag a frame behind the cursor rather than hold it up.
  const from = useDeferredValue(period.from);
  const to = useDeferredValue(period.to);
  // `version` changes with every streamed slice of the same RunData.
  const flows = useMemo(() => sankeyData(data, from, to), [data, version, from, to]);

  const iso = (d: number) => data.days[Math.max(0, Math.min(d, data.D - 1))] ?? '';
  const shown = draft ?? { from: iso(period.from), to: iso(period.to) };
  const fmt = (d: number) => formatDate(lang, iso(d));

  const onDate = (field: 'from' | 'to', value: string) => {
    const next = { ...shown, [field]: value };
    const parsed = parsePeriod(data, next.from, next.to);
    if (parsed.ok) {
      setMode({ kind: 'custom', from: next.from, to: next.to });
      setDraft(null);
      setProblem(null);
    } else {
      setDraft(next);
      setProblem(parsed.problem);
    }
  };
  const onPreset = (preset: Preset) => {
    setMode({ kind: 'preset', preset });
    setDraft(null);
    setProblem(null);
  };

  const lastComputed = Math.min(data.available, data.D) - 1;
  const periodDays = period.to - period.from + 1;

  return (
    <section className="flows" aria-labelledby="flows-heading">
      <h2 id="flows-heading">{m.heading}</h2>
      <fieldset className="flows-period">
        <legend>{m.period}</legend>
        <div role="group" aria-label={m.presetsLabel} className="flows-presets">
          {PRESETS.map((p) => (
            <button key={p} type="button" aria-pressed={mode.kind === 'preset' && mode.preset === p} onClick={() => onPreset(p)}>
              {m.presets[p]}
            </button>
          ))}
        </div>
        <div className="flows-dates">
          <label>
            {m.from}
            <input
              type="date"
              aria-label={m.fromName}
              value={shown.from}
              min={data.days[0]}
              max={data.days[data.D - 1]}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'flows-period-problem' : undefined}
              onChange={(e) => onDate('from', e.target.value)}
            />
          </label>
          <label>
            {m.to}
            <input
              type="date"
              aria-label={m.toName}
              value={shown.to}
              min={data.days[0]}
              max={data.days[data.D - 1]}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'flows-period-problem' : undefined}
              onChange={(e) => onDate('to', e.target.value)}
            />
          </label>
        </div>
        {/* Not a live region: it changes with every day during playback. */}
        <p className="flows-period-summary">{m.periodSummary(fmt(period.from), fmt(period.to), periodDays)}</p>
        {problem && (
          <p id="flows-period-problem" role="alert" className="field-error">
            {m.problem(problem, fmt(0), fmt(data.D - 1))}
          </p>
        )}
      </fieldset>
      {period.to > lastComputed && <p className="flows-pending">{m.pending(fmt(lastComputed))}</p>}
      <Diagram data={data} flows={flows} selected={selected} onSelect={onSelect} m={m} title={m.diagram(fmt(flows.from), fmt(flows.to))} />
      <Legend m={m} hessen={data.kreise.some((k) => /^06[456]\d{2}$/.test(data.units[k]!.id))} withinKreis={flows.totals.withinKreis} />
      <p className="flows-note">{m.note(formatPersons(lang, flows.totals.siteExits))}</p>
      <p className="flows-note">{m.noteBalance}</p>
      <Verlegungen data={data} flows={flows} m={m} />
      <FlowTable data={data} flows={flows} m={m} />
    </section>
  );
}

const Diagram = memo(function Diagram({
  data,
  flows,
  selected,
  onSelect,
  m,
  title,
}: {
  data: ViewProps['data'];
  flows: FlowData;
  selected: string | null;
  onSelect: (id: string | null) => void;
  m: FlowsMessages;
  title: string;
}) {
  const { lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      if (w > 0) setWidth(Math.max(480, Math.round(w)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const colours = useMemo(() => unitColours(data), [data]);
  const nodes = visibleNodes(flows);
  const kreisCount = nodes.filter((n) => n.kind === 'kreis').length;
  const height = Math.max(360, Math.min(900, kreisCount * 12 + 320));

  const layout = useMemo(() => {
    if (flows.links.length === 0) return null;
    const nameOf = (n: FlowNode) => (n.unit !== undefined ? data.units[n.unit]!.name : m.nodeLabel[n.kind as keyof FlowsMessages['nodeLabel']]);
    const gen = sankey<NodeExtra, LinkExtra>()
      .nodeId((n) => n.id)
      .nodeAlign((n, columns) => Math.min(n.column, columns - 1))
      .nodeSort(null)
      .nodeWidth(NODE_WIDTH)
      .nodePadding(10)
      .extent([
        [1, 6],
        [width - 1, height - 6],
      ]);
    const order: Record<FlowNode['kind'], number> = { site: 0, direct: 1, initial: 2, stock: 3, notunterkunft: 4, kreis: 0, gemeinden: 0, kreisUnterkunft: 1, abgaenge: 0 };
    const sortedNodes = [...nodes].sort(
      (a, b) => a.column - b.column || order[a.kind] - order[b.kind] || (a.kind === 'kreis' ? data.units[a.unit!]!.id.localeCompare(data.units[b.unit!]!.id) : 0),
    );
    return gen({
      nodes: sortedNodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        column: n.column,
        ...(n.unit !== undefined ? { unit: n.unit } : {}),
        label: nameOf(n),
        colour: n.unit !== undefined ? (colours.get(n.unit) ?? '#888') : aggregateColour(n.kind),
      })),
      links: flows.links.map((l) => ({ source: l.source, target: l.target, value: l.value, kind: l.kind })),
    });
  }, [flows, width, height, colours, m]);

  const [activeNode, setActiveNode] = useState(0);
  const [activeLink, setActiveLink] = useState(0);
  const [tip, setTip] = useState<{ text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null>(null);
  const [hot, setHot] = useState<number | null>(null);
  const nodeRefs = useRef<(SVGGElement | null)[]>([]);
  const linkRefs = useRef<(SVGPathElement | null)[]>([]);

  if (!layout) {
    return (
      <div ref={box} className="flows-diagram">
        <p className="empty">{m.empty}</p>
      </div>
    );
  }

  const lnodes = layout.nodes as LNode[];
  const llinks = layout.links as LLink[];
  const maxColumn = Math.max(...lnodes.map((n) => n.column));
  const persons = (v: number) => formatPersons(lang, Math.round(v));
  const nodeValue = (n: LNode) => n.value ?? 0;
  const labelY = placeLabels(lnodes, height);
  const src = (l: LLink) => l.source as LNode;
  const tgt = (l: LLink) => l.target as LNode;
  // A move within a Kreis names its kind: its Kreis → Gemeinden link runs beside the one of the Zuweisungen.
  const linkText = (l: LLink) => (l.kind === 'kreisintern' ? m.kreisinternLinkName : m.linkName)(src(l).label, tgt(l).label, persons(l.value));
  const selectedIndex = selected === null ? -1 : lnodes.findIndex((n) => n.id === selected);
  const nodeIdx = Math.min(activeNode, lnodes.length - 1);
  const linkIdx = Math.min(activeLink, llinks.length - 1);

  const showTip = (i: number) => {
    const l = llinks[i]!;
    setHot(i);
    const x = (src(l).x1! + tgt(l).x0!) / 2;
    setTip({ text: linkText(l), x, y: ((l.y0 ?? 0) + (l.y1 ?? 0)) / 2, anchor: x < width / 3 ? 'start' : x > (2 * width) / 3 ? 'end' : 'middle' });
  };
  const hideTip = () => {
    setHot(null);
    setTip(null);
  };
  /** Roving focus within a group: ↑/↓, Pos1/Ende; returns the new index or −1 if the key is not ours. */
  const rove = (e: KeyboardEvent, i: number, n: number, set: (i: number) => void, refs: (SVGElement | null)[]): number => {
    const next = e.key === 'ArrowDown' ? (i + 1) % n : e.key === 'ArrowUp' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return -1;
    e.preventDefault();
    e.stopPropagation();
    set(next);
    refs[next]?.focus();
    return next;
  };

  return (
    <div ref={box} className="flows-diagram">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title}>
        <g className="flows-links" role="group" aria-label={m.links}>
          {llinks.map((l, i) => {
            const s = src(l);
            const involvesSelected = selected !== null && (s.id === selected || tgt(l).id === selected);
            return (
              <path
                key={`${s.id}>${tgt(l).id}:${l.kind}`}
                ref={(el) => {
                  linkRefs.current[i] = el;
                }}
                role="img"
                aria-label={linkText(l)}
                tabIndex={i === linkIdx ? 0 : -1}
                className={`flows-link${l.kind === 'kreisintern' ? ' kreisintern' : ''}${hot === i ? ' hot' : ''}${involvesSelected ? ' selected' : ''}`}
                d={sankeyLinkHorizontal()(l) ?? undefined}
                stroke={linkColour(l.kind, s.colour)}
                strokeWidth={Math.max(1, l.width ?? 1)}
                fill="none"
                onMouseEnter={() => showTip(i)}
                onMouseLeave={hideTip}
                onFocus={() => {
                  setActiveLink(i);
                  showTip(i);
                }}
                onBlur={hideTip}
                onKeyDown={(e) => {
                  const next = rove(e, i, llinks.length, setActiveLink, linkRefs.current);
                  if (next >= 0) showTip(next);
                }}
              >
                <title>{linkText(l)}</title>
              </path>
            );
          })}
        </g>
        <g className="flows-nodes" role="group" aria-label={m.nodes}>
          {lnodes.map((n, i) => {
            const selectable = n.unit !== undefined;
            const name = m.nodeName(n.label, persons(nodeValue(n)));
            const activate = () => {
              if (selectable) onSelect(n.id === selected ? null : n.id);
            };
            return (
              <g
                key={n.id}
                ref={(el) => {
                  nodeRefs.current[i] = el;
                }}
                role={selectable ? 'button' : 'img'}
                aria-label={name}
                aria-pressed={selectable ? i === selectedIndex : undefined}
                className={`flows-node${selectable ? ' selectable' : ''}${i === selectedIndex ? ' selected' : ''}`}
                tabIndex={i === nodeIdx ? 0 : -1}
                onFocus={() => setActiveNode(i)}
                onClick={activate}
                onKeyDown={(e) => {
                  if (rove(e, i, lnodes.length, setActiveNode, nodeRefs.current) >= 0) return;
                  if (selectable && (e.key === 'Enter' || e.key === ' ')) {
                    e.preventDefault();
                    e.stopPropagation();
                    activate();
                  }
                }}
              >
                <rect
                  x={n.x0}
                  y={n.y0}
                  width={Math.max(1, (n.x1 ?? 0) - (n.x0 ?? 0))}
                  height={Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0))}
                  fill={n.colour}
              >
                  <title>{name}</title>
                </rect>
              </g>
            );
          })}
        </g>
        {/* Labels stay outside the focusable nodes: each node's accessible name carries the full text. */}
        <g className="flows-labels" aria-hidden="true">
          {lnodes.map((n) => {
            const right = n.column === maxColumn && maxColumn > 0;
            const short = n.label.length > MAX_LABEL ? `${n.label.slice(0, MAX_LABEL - 1)}…` : n.label;
            return (
              <text
                key={n.id}
                className={n.id === selected ? 'selected' : undefined}
                x={right ? (n.x0 ?? 0) - LABEL_GAP : (n.x1 ?? 0) + LABEL_GAP}
                y={labelY.get(n.id) ?? ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2}
                dy="0.35em"
                textAnchor={right ? 'end' : 'start'}
                aria-hidden="true"
              >
                {short} <tspan className="flows-value">{formatNumber(lang, nodeValue(n))}</tspan>
              </text>
            );
          })}
        </g>
      </svg>
      {tip && (
        <div className={`flows-tip ${tip.anchor}`} aria-hidden="true" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
      <p className="hint">
        {m.selectHint} {m.keyboard}
      </p>
    </div>
  );
});

/** Label y per node: at the node's middle, pushed apart within a column so labels do not overlap. */
function placeLabels(nodes: readonly LNode[], height: number): Map<string, number> {
  const out = new Map<string, number>();
  const columns = new Map<number, LNode[]>();
  for (const n of nodes) {
    const c = n.column;
    columns.set(c, [...(columns.get(c) ?? []), n]);
  }
  for (const col of columns.values()) {
    const items = col.map((n) => ({ id: n.id, y: ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2 })).sort((a, b) => a.y - b.y);
    for (let i = 1; i < items.length; i++) items[i]!.y = Math.max(items[i]!.y, items[i - 1]!.y + LABEL_MIN_DY);
    const overflow = (items[items.length - 1]?.y ?? 0) - (height - 6);
    if (overflow > 0) {
      items[items.length - 1]!.y -= overflow;
      for (let i = items.length - 2; i >= 0; i--) items[i]!.y = Math.min(items[i]!.y, items[i + 1]!.y - LABEL_MIN_DY);
    }
    for (const it of items) out.set(it.id, it.y);
  }
  return out;
}

/** Who answers for the moves within a Kreis: read once from the household chart, the single source of responsibilities. */
const KREISINTERN_META = flowMeta('kreisintern');

function Legend({ m, hessen, withinKreis }: { m: FlowsMessages; hessen: boolean; withinKreis: number }) {
  const { lang } = useI18n();
  const bezirke = ['#4a90c8', '#4aa463', '#8a74b8'];
  return (
    <ul className="flows-legend" aria-label={m.legend}>
      <li>
        <span className="swatch" style={{ background: '#c9642b' }} aria-hidden="true" />
        {m.legendSites}
      </li>
      {hessen && (
        <li>
          {m.legendKreise}
          {m.legendBezirke.map((b, i) => (
            <span key={b} className="flows-bezirk">
              <span className="swatch" style={{ background: bezirke[i] }} aria-hidden="true" />
              {b}
            </span>
          ))}
        </li>
      )}
      <li className="flows-legend-kreisintern">
        <span className="swatch" style={{ background: KREISINTERN_COLOUR }} aria-hidden="true" />
        {m.legendKreisintern(formatPersons(lang, withinKreis))}{' '}
        {KREISINTERN_META && (
          <span className="flows-responsible">{m.responsible(KREISINTERN_META.office[lang], KREISINTERN_META.legalBasis.join(', '))}</span>
        )}
      </li>
    </ul>
  );
}

/** Transfers between Erstaufnahme sites in the period (not drawn: both ends are in the first column). */
function Verlegungen({ data, flows, m }: { data: ViewProps['data']; flows: FlowData; m: FlowsMessages }) {
  const { lang } = useI18n();
  if (flows.verlegungen.length === 0) return null;
  return (
    <section className="flows-note flows-verlegungen" aria-labelledby="flows-verlegungen">
      <h3 id="flows-verlegungen">{m.verlegungen(formatPersons(lang, flows.totals.verlegungen))}</h3>
      <ul>
        {flows.verlegungen.map((v) => (
          <li key={`${v.from}>${v.to}`}>{m.linkName(data.units[v.from]!.name, data.units[v.to]!.name, formatPersons(lang, v.persons))}</li>
        ))}
      </ul>
    </section>
  );
}

function FlowTable({ data, flows, m }: { data: ViewProps['data']; flows: FlowData; m: FlowsMessages }) {
  const { lang } = useI18n();
  const n = (v: number) => formatNumber(lang, Math.round(v));
  const rows = [...flows.kreise].sort((a, b) => data.units[a.unit]!.name.localeCompare(data.units[b.unit]!.name, lang));
  const sum = (f: (k: FlowData['kreise'][number]) => number) => rows.reduce((a, k) => a + f(k), 0);
  return (
    <details className="flows-table">
      <summary>{m.table}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.cols.kreis}</th>
            <th scope="col">{m.cols.fromSites}</th>
            <th scope="col">{m.cols.initial}</th>
            <th scope="col">{m.cols.direct}</th>
            <th scope="col">{m.cols.fromStock}</th>
            <th scope="col">{m.cols.toGemeinden}</th>
            <th scope="col">{m.cols.kept}</th>
            <th scope="col">{m.cols.withinKreis}</th>
            <th scope="col">{m.cols.exits}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k.unit}>
              <th scope="row">{data.units[k.unit]!.name}</th>
              <td>{n(k.fromSites)}</td>
              <td>{n(k.initial)}</td>
              <td>{n(k.direct)}</td>
              <td>{n(k.fromStock)}</td>
              <td>{n(k.toGemeinden)}</td>
              <td>{n(k.kept)}</td>
              <td>{n(k.withinToGemeinden + k.withinToKreis)}</td>
              <td>{n(k.exits + k.gemeindeExits)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.total}</th>
            <td>{n(sum((k) => k.fromSites))}</td>
            <td>{n(sum((k) => k.initial))}</td>
            <td>{n(sum((k) => k.direct))}</td>
            <td>{n(sum((k) => k.fromStock))}</td>
            <td>{n(sum((k) => k.toGemeinden))}</td>
            <td>{n(sum((k) => k.kept))}</td>
            <td>{n(sum((k) => k.withinToGemeinden + k.withinToKreis))}</td>
            <td>{n(sum((k) => k.exits + k.gemeindeExits))}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  );
}
