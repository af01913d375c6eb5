/**
 * Zeitverlauf: linked time-series charts with a shared day cursor. Pressing or dragging in a chart seeks the run
 * control; brushing the overview strip zooms every chart to that range (double-click or the button resets).
 * Paths are computed from the derived series and memoised on data version, zoom and size; the cursor re-renders alone.
 * With a "Was wäre wenn" change on screen, each chart draws the original run as a grey dashed line beside it.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { RunControl } from '../../app/context.tsx';
import { BrushX } from '../../charts/BrushX.tsx';
import { lineChart, type LineChartOutput, type Series } from '../../charts/lineChart.ts';
import { dayScale, maxOf, valueScale, type DayTick, type Domain, type Scale } from '../../charts/scales.ts';
import { Cursor, innerSize, MARGIN, TimeChart } from '../../charts/TimeChart.tsx';
import { formatDayTick, formatPercentTick, formatValueTick } from '../../charts/tickFormat.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import type { RunData } from '../../data/runData.ts';
import { useWhatIf } from '../../data/whatIf.tsx';
import { formatDate, formatEuro, formatNumber, formatPercent } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import type { ViewProps } from '../types.ts';
import { deriveTimeline, type TimelineSeries } from './derive.ts';
import { timelineMessages, type TimelineMessages } from './messages.ts';
import './timeline.css';

const GAP = 16;
/** Height of a time-series chart: a little taller on large screens. */
const chartHeight = (viewWidth: number) => (viewWidth >= 1500 ? 210 : 180);
const OVERVIEW_HEIGHT = 64;

const CLASSES = {
  arrived: 'tl-arrived',
  arrived7: 'tl-arrived7',
  eaeRegular: 'tl-eae',
  eaeNu: 'tl-eae-nu',
  eaeCapacity: 'tl-capacity',
  nu: 'tl-nu',
  statuswechsler: 'tl-sw',
  cost: 'tl-cost',
  pauschale: 'tl-pauschale',
  present: 'tl-present',
  base: 'tl-base',
} as const;

type CostMode = 'day' | 'cumulative';

interface ChartProps {
  readonly s: TimelineSeries;
  /** The original run's series while a changed run is on screen. */
  readonly base: TimelineSeries | null;
  readonly domain: Domain;
  readonly width: number;
  readonly height: number;
  readonly day: number;
  readonly lang: Lang;
  readonly t: TimelineMessages;
  readonly formatX: (tick: DayTick) => string;
  readonly onSeek: (day: number) => void;
  readonly onReset: () => void;
}

export function TimelineView({ data, version, day, selected, onSelect }: ViewProps) {
  const { lang } = useI18n();
  const region = (data.units[0]?.name ?? 'Hessen').replace(/ \(.*\)$/, '');
  const t = useMemo(() => timelineMessages(lang, region), [lang, region]);
  const actor = RunControl.useActorRef();
  const [ref, width] = useElementWidth<HTMLDivElement>(960);
  // The zoom belongs to one run: a new run starts unzoomed.
  const [zoomState, setZoomState] = useState<{ data: RunData; domain: Domain } | null>(null);
  const zoom = zoomState?.data === data ? zoomState.domain : null;
  const s = useMemo(() => deriveTimeline(data), [data, version]);
  // The original is complete when it becomes the baseline: derived once.
  const { baseline } = useWhatIf();
  const base = useMemo(() => (baseline ? deriveTimeline(baseline) : null), [baseline]);
  const fullDomain = useMemo<Domain>(() => [0, Math.max(1, data.D - 1)], [data]);
  const domain = zoom ?? fullDomain;
  const cursor = Math.max(0, Math.min(day, s.available - 1));

  const onSeek = useCallback((d: number) => actor.send({ type: 'cursor.seek', day: d }), [actor]);
  const onZoom = useCallback((d: Domain | null) => setZoomState(d ? { data, domain: d } : null), [data]);
  const onReset = useCallback(() => setZoomState(null), []);
  const formatX = useCallback((tick: DayTick) => formatDayTick(lang, tick), [lang]);

  const two = width >= 900;
  const chartWidth = two ? Math.floor((width - GAP) / 2) : width;
  const common: ChartProps = { s, base, domain, width: chartWidth, height: chartHeight(width), day: cursor, lang, t, formatX, onSeek, onReset };

  return (
    <div className="tl-view" ref={ref}>
      <Overview s={s} data={data} zoom={zoom} fullDomain={fullDomain} width={width} day={cursor} lang={lang} t={t} formatX={formatX} onZoom={onZoom} />
      <div className="tl-charts" tabIndex={0} role="group" aria-label={t.chartsLabel}>
        <div className={two ? 'tl-row tl-row-2' : 'tl-row'}>
          <ArrivalsChart {...common} />
          <EaeChart {...common} />
        </div>
        <KreisMultiples {...common} width={width} selected={selected} onSelect={onSelect} data={data} />
        <div className={two ? 'tl-row tl-row-2' : 'tl-row'}>
          <NuChart {...common} />
          <CostChart {...common} />
        </div>
      </div>
    </div>
  );
}

// ————————————————————————————————————————— helpers

const clampDay = (s: TimelineSeries, d: number) => Math.max(0, Math.min(d, s.available - 1));
const at = (a: ArrayLike<number>, s: TimelineSeries, d: number) => (s.available > 0 ? (a[clampDay(s, d)] as number) : Number.NaN);

/** Days of the zoomed range that hold data: [from, to). */
function dataRange(s: TimelineSeries, domain: Domain): [number, number] {
  return [Math.max(0, Math.floor(domain[0])), Math.max(0, Math.min(s.available, Math.floor(domain[1]) + 1))];
}

function isoOf(s: TimelineSeries, d: number): string {
  const t0 = Date.parse(`${s.start}T00:00:00Z`);
  return new Date(t0 + d * 86_400_000).toISOString().slice(0, 10);
}

function peak(values: ArrayLike<number>, from: number, to: number): { day: number; value: number } {
  let best = { day: -1, value: Number.NEGATIVE_INFINITY };
  for (let d = from; d < to; d++) {
    const v = values[d] as number;
    if (Number.isFinite(v) && v > best.value) best = { day: d, value: v };
  }
  return best;
}

/** Text alternative: title, visible range with data, and the peak of each named series. */
function describe(
  s: TimelineSeries,
  domain: Domain,
  lang: Lang,
  t: TimelineMessages,
  title: string,
  parts: readonly { name: string; values: ArrayLike<number>; format: (v: number) => string }[],
): string {
  const [from, to] = dataRange(s, domain);
  const date = (d: number) => formatDate(lang, isoOf(s, d));
  if (to <= from) return `${title}. ${t.ariaNoData}`;
  const text = parts
    .map((p) => {
      const m = peak(p.values, from, to);
      return m.day < 0 ? '' : t.ariaMax(p.name, p.format(m.value), date(m.day));
    })
    .filter(Boolean)
    .join('; ');
  return t.ariaSeries(title, date(from), date(to - 1), `${text}.`);
}

interface Computed {
  x: Scale;
  y: Scale;
  chart: LineChartOutput;
  top: number;
}

/** Scales and paths for one chart in the zoomed domain, y from 0 to the largest visible value. */
function compute(s: TimelineSeries, domain: Domain, width: number, height: number, data: readonly Series[], yFloor = 0): Computed {
  const { w, h } = innerSize(width, height);
  const x = dayScale(domain, w);
  const [from, to] = dataRange(s, domain);
  const y = valueScale(maxOf(data.map((d) => d.values), from, to), h, { floor: yFloor });
  const chart = lineChart({ x, y, data, available: s.available, start: s.start, ticks: { x: Math.max(2, Math.floor(w / 90)), y: 4 } });
  return { x, y, chart, top: y.domain()[1] as number };
}

function Swatch({ className }: { className: string }) {
  return <span className={`swatch ${className}`} aria-hidden="true" />;
}

/** The legend entry of the original run's line, with its value at the cursor. */
function BaselineEntry({ t, text }: { t: TimelineMessages; text: string }) {
  return (
    <span className="tl-baseline-entry">
      <Swatch className={CLASSES.base} />
      {t.baseline}: {text}
    </span>
  );
}

// ————————————————————————————————————————— overview strip with the brush

function Overview({
  s,
  data,
  zoom,
  fullDomain,
  width,
  day,
  lang,
  t,
  formatX,
  onZoom,
}: {
  s: TimelineSeries;
  data: RunData;
  zoom: Domain | null;
  fullDomain: Domain;
  width: number;
  day: number;
  lang: Lang;
  t: TimelineMessages;
  formatX: (tick: DayTick) => string;
  onZoom: (d: Domain | null) => void;
}) {
  const top = 16;
  const h = OVERVIEW_HEIGHT - top - 18;
  const w = Math.max(20, width - MARGIN.left - MARGIN.right);
  const x = useMemo(() => dayScale(fullDomain, w), [fullDomain, w]);
  const { chart, yTop } = useMemo(() => {
    const y = valueScale(maxOf([s.landPresent], 0, s.available), h, { ticks: 2 });
    const c = lineChart({ x, y, data: [{ id: 'present', values: s.landPresent, kind: 'area' }], available: s.available, start: s.start, ticks: { x: Math.max(2, Math.floor(w / 90)), y: 2 } });
    return { chart: c, yTop: y.domain()[1] as number };
  }, [s, x, h, w]);
  const staticLayer = useMemo(() => {
    const xEnd = x(s.available - 1);
    return (
      <>
        {xEnd < w && <rect className="chart-unavailable" x={Math.max(0, xEnd)} width={w - Math.max(0, xEnd)} height={h} />}
        <path d={chart.paths[0]!.d} className={`chart-area ${CLASSES.present}`} />
        <g className="chart-axis">
          <text x={-6} y={0} dy="0.32em" textAnchor="end">
            {formatValueTick(lang, yTop, yTop)}
          </text>
          <text x={-6} y={h} dy="0.32em" textAnchor="end">
            0
          </text>
          <text className="chart-unit" x={-MARGIN.left + 2} y={-6}>
            {t.persons}
          </text>
        </g>
        <g className="chart-axis" transform={`translate(0,${h})`}>
          <line x1={0} x2={w} />
          {chart.ticks.x.map((tick) => (
            <g key={tick.day} transform={`translate(${tick.px},0)`}>
              <line y2={4} />
              <text y={15} textAnchor="middle" className={tick.kind === 'day' ? undefined : 'chart-tick-major'}>
                {formatX(tick)}
              </text>
            </g>
          ))}
        </g>
      </>
    );
  }, [chart, x, w, h, s.available, yTop, lang, t, formatX]);
  const date = (d: number) => formatDate(lang, data.days[Math.max(0, Math.min(d, data.D - 1))] ?? s.start);
  const captionId = useId();
  return (
    <figure className="chart tl-overview" aria-labelledby={captionId} style={{ width }}>
      <figcaption id={captionId}>
        {t.overview} <span className="tl-hint">{t.overviewHint}</span>
      </figcaption>
      <div className="chart-controls">
        <span className="tl-zoom-text" aria-live="polite">
          {zoom ? t.zoomRange(date(zoom[0]), date(zoom[1])) : t.wholeRange(date(0), date(data.D - 1))}
        </span>
        <button type="button" onClick={() => onZoom(null)} disabled={zoom === null}>
          {t.resetZoom}
        </button>
      </div>
      <svg role="img" aria-label={t.overviewAria(date(0), date(data.D - 1))} width={width} height={OVERVIEW_HEIGHT} className="chart-svg">
        <g transform={`translate(${MARGIN.left},${top})`}>
          {staticLayer}
          <Cursor x={x} day={day} height={h} />
          <BrushX x={x} height={h} selection={zoom} onChange={onZoom} />
        </g>
      </svg>
    </figure>
  );
}

/** What every chart frame shares: size, time axis, cursor, seeking and the limit of the streamed data. */
function frame({ s, width, height, day, t, formatX, onSeek, onReset }: ChartProps) {
  return { width, height, classes: CLASSES, formatX, available: s.available, unavailableLabel: t.notComputed, day, onSeek, onReset };
}

// ————————————————————————————————————————— (1) arrivals

function ArrivalsChart(props: ChartProps) {
  const { s, domain, width, height, day, lang, t } = props;
  const [mean, setMean] = useState(true);
  const c = useMemo(
    () =>
      compute(s, domain, width, height, [
        { id: 'arrived', values: s.arrivedShown, kind: 'area' },
        ...(mean ? [{ id: 'arrived7', values: s.arrived7 } as const] : []),
      ]),
    [s, domain, width, height, mean],
  );
  const formatY = useCallback((v: number) => formatValueTick(lang, v, c.top), [lang, c.top]);
  const persons = (v: number) => `${formatNumber(lang, v)} ${t.personsPerDay}`;
  const aria = useMemo(
    () =>
      describe(s, domain, lang, t, t.arrivals, [
        { name: t.arrivalsDaily, values: s.arrivedShown, format: persons },
        ...(mean ? [{ name: t.mean7, values: s.arrived7, format: persons }] : []),
      ]),
    [s, domain, lang, t, mean],
  );
  return (
    <TimeChart
      {...frame(props)}
      caption={t.arrivals}
      controls={
        <label>
          <input type="checkbox" checked={mean} onChange={(e) => setMean(e.target.checked)} />
          {t.showMean7}
        </label>
      }
      ariaLabel={aria}
      x={c.x}
      y={c.y}
      chart={c.chart}
      yUnit={t.personsPerDay}
      formatY={formatY}
      legend={
        <>
          <span>
            <Swatch className={CLASSES.arrived} />
            {t.arrivalsDaily}: {persons(at(s.arrived, s, day))}
            {day === 0 && ` ${t.initialStockIncluded}`}
          </span>
          {mean && day > 0 && (
            <span>
              <Swatch className={CLASSES.arrived7} />
              {t.mean7}: {persons(at(s.arrived7, s, day))}
            </span>
          )}
          {s.available > 0 && (s.arrived[0] as number) > 0 && (
            <span className="tl-hint">{t.initialStockNote(formatDate(lang, s.start), formatNumber(lang, s.arrived[0] as number))}</span>
          )}
        </>
      }
    />
  );
}

// ————————————————————————————————————————— (2) Erstaufnahme

function EaeChart(props: ChartProps) {
  const { s, base, domain, width, height, day, lang, t } = props;
  const c = useMemo(
    () =>
      compute(s, domain, width, height, [
        { id: 'eaeRegular', values: s.eaeRegular, kind: 'area' },
        { id: 'eaeNu', values: s.eaePresent, base: s.eaeRegular, kind: 'area' },
        { id: 'eaeCapacity', values: s.eaeCapacity, kind: 'step' },
        ...(base ? [{ id: 'base', values: base.eaePresent }] : []),
      ]),
    [s, base, domain, width, height],
  );
  const formatY = useCallback((v: number) => formatValueTick(lang, v, c.top), [lang, c.top]);
  const aria = useMemo(
    () =>
      describe(s, domain, lang, t, t.eae, [
        { name: t.eaePersons, values: s.eaePresent, format: (v) => `${formatNumber(lang, v)} ${t.persons}` },
        { name: t.eaeNu, values: s.eaeNu, format: (v) => `${formatNumber(lang, v)} ${t.persons}` },
        { name: t.eaeCapacity, values: s.eaeCapacity, format: (v) => `${formatNumber(lang, v)} ${t.places}` },
        ...(base ? [{ name: t.baselineOf(t.eaePersons), values: base.eaePresent, format: (v: number) => `${formatNumber(lang, v)} ${t.persons}` }] : []),
      ]),
    [s, base, domain, lang, t],
  );
  return (
    <TimeChart
      {...frame(props)}
      caption={t.eae}
      ariaLabel={aria}
      x={c.x}
      y={c.y}
      chart={c.chart}
      yUnit={`${t.persons} / ${t.places}`}
      formatY={formatY}
      legend={
        <>
          <span>
            <Swatch className={CLASSES.eaeRegular} />
            <Swatch className={CLASSES.eaeCapacity} />
            {t.eaePersons}: {formatNumber(lang, at(s.eaePresent, s, day))} {t.persons} / {formatNumber(lang, at(s.eaeCapacity, s, day))} {t.places}
          </span>
          <span>
            <Swatch className={CLASSES.eaeNu} />
            {t.eaeNu}: {formatNumber(lang, at(s.eaeNu, s, day))} {t.persons}
          </span>
          {base && <BaselineEntry t={t} text={`${formatNumber(lang, at(base.eaePresent, base, day))} ${t.persons}`} />}
        </>
      }
    />
  );
}

// ————————————————————————————————————————— (3) Kreise as small multiples

const CELL_MIN = 128;
const CELL_SVG_HEIGHT = 54;

function KreisMultiples({
  s,
  base,
  domain,
  width,
  day,
  lang,
  t,
  selected,
  onSelect,
  data,
}: ChartProps & { selected: string | null; onSelect: (id: string | null) => void; data: RunData }) {
  const cols = Math.max(2, Math.floor((width + 8) / (CELL_MIN + 8)));
  const cellW = Math.floor((width - 8 * (cols - 1)) / cols);
  const svgW = cellW - 10;
  // A selected Gemeinde marks its Kreis too (without pressing its button).
  const parentOfSelected = useMemo(() => {
    if (selected === null) return null;
    const i = data.indexById.get(selected);
    const u = i === undefined ? undefined : data.units[i];
    return u?.level === 'gemeinde' ? u.parent : null;
  }, [selected, data]);

  // Paths, the 100 % line and its label per cell: recomputed with data, zoom and size — not with the day.
  const { x, cells, yTop } = useMemo(() => {
    const x = dayScale(domain, svgW);
    const [from, to] = dataRange(s, domain);
    // The original's Kreis by id (both runs have the same Kreise, sorted alike).
    const baseOf = new Map(base?.kreise.map((k) => [k.id, k.occupancy]));
    const all = [...s.kreise.map((k) => k.occupancy), ...baseOf.values()];
    const y = valueScale(maxOf(all, from, to), CELL_SVG_HEIGHT - 4, { floor: 1.2, ticks: 2 });
    const y100 = Math.round(y(1) * 10) / 10;
    const cells = s.kreise.map((k) => {
      const original = baseOf.get(k.id);
      const data = [...(original ? [{ id: 'base', values: original }] : []), { id: 'occ', values: k.occupancy }];
      const out = lineChart({ x, y, data, available: s.available, ticks: { y: 0 } });
      return (
        <>
          <line className="tl-100" x1={0} x2={svgW} y1={y100} y2={y100} />
          <text className="tl-100-label" x={svgW - 1} y={y100 - 2} textAnchor="end">
            100&nbsp;%
          </text>
          {original && <path className="chart-line tl-occ-base" d={out.paths[0]!.d} />}
          <path className="chart-line tl-occ" d={out.paths[original ? 1 : 0]!.d} />
        </>
      );
    });
    return { x, cells, yTop: y.domain()[1] as number };
  }, [s, base, domain, svgW]);

  const over = s.kreise.filter((k) => at(k.occupancy, s, day) > 1).length;
  const date = formatDate(lang, isoOf(s, clampDay(s, day)));
  const captionId = useId();
  return (
    <figure className="chart tl-kreise" aria-labelledby={captionId} style={{ width }}>
      <figcaption id={captionId}>
        {t.kreise}{' '}
        <span className="tl-hint">
          {t.kreiseHint} · 0–{formatPercentTick(lang, yTop)}
          {base && ` · ${t.kreiseBaselineHint}`}
        </span>
      </figcaption>
      <div className="tl-kreis-grid" role="group" aria-label={t.ariaKreise(s.kreise.length, over, date)} style={{ gridTemplateColumns: `repeat(${cols}, ${cellW}px)` }}>
        {s.kreise.map((k, i) => {
          const v = at(k.occupancy, s, day);
          const value = formatPercent(lang, v);
          return (
            <button
              key={k.id}
              type="button"
              className={`tl-kreis${v > 1 ? ' tl-over' : ''}${parentOfSelected === k.id ? ' tl-parent-selected' : ''}`}
              aria-pressed={selected === k.id}
              data-kreis={k.id}
              title={k.name}
              onClick={() => onSelect(selected === k.id ? null : k.id)}
            >
              <span className="tl-kreis-head">
                <span className="tl-kreis-name">{k.name}</span>{' '}
                <span className="tl-kreis-value">
                  {value}{' '}
                  <span className="visually-hidden">{t.kreisOccupied}</span>
                </span>
              </span>
              <svg width={svgW} height={CELL_SVG_HEIGHT} aria-hidden="true" className="chart-svg">
                <g transform="translate(0,2)">
                  {cells[i]}
                  <Cursor x={x} day={day} height={CELL_SVG_HEIGHT - 4} />
                </g>
              </svg>
            </button>
          );
        })}
      </div>
    </figure>
  );
}

// ————————————————————————————————————————— (4) Notunterkunft and Statuswechsler

function NuChart(props: ChartProps) {
  const { s, base, domain, width, height, day, lang, t } = props;
  const c = useMemo(
    () =>
      compute(s, domain, width, height, [
        { id: 'nu', values: s.nu },
        { id: 'statuswechsler', values: s.statuswechsler },
        ...(base ? [{ id: 'base', values: base.nu }] : []),
      ]),
    [s, base, domain, width, height],
  );
  const formatY = useCallback((v: number) => formatValueTick(lang, v, c.top), [lang, c.top]);
  const persons = (v: number) => `${formatNumber(lang, v)} ${t.persons}`;
  const aria = useMemo(
    () =>
      describe(s, domain, lang, t, t.nu, [
        { name: t.nuPersons, values: s.nu, format: persons },
        { name: t.statuswechsler, values: s.statuswechsler, format: persons },
        ...(base ? [{ name: t.baselineOf(t.nuPersons), values: base.nu, format: persons }] : []),
      ]),
    [s, base, domain, lang, t],
  );
  return (
    <TimeChart
      {...frame(props)}
      caption={t.nu}
      ariaLabel={aria}
      x={c.x}
      y={c.y}
      chart={c.chart}
      yUnit={t.persons}
      formatY={formatY}
      legend={
        <>
          <span>
            <Swatch className={CLASSES.nu} />
            {t.nuPersons}: {persons(at(s.nu, s, day))}
          </span>
          <span>
            <Swatch className={CLASSES.statuswechsler} />
            {t.statuswechsler}: {persons(at(s.statuswechsler, s, day))}
          </span>
          {base && <BaselineEntry t={t} text={`${t.nuPersons}: ${persons(at(base.nu, base, day))}`} />}
        </>
      }
    />
  );
}

// ————————————————————————————————————————— (5) costs

function CostChart(props: ChartProps) {
  const { s, base, domain, width, height, day, lang, t } = props;
  const [mode, setMode] = useState<CostMode>('day');
  const cum = mode === 'cumulative';
  const cost = cum ? s.costCum : s.cost;
  const pauschale = cum ? s.pauschaleCum : s.pauschale;
  const baseCost = base ? (cum ? base.costCum : base.cost) : null;
  const c = useMemo(
    () =>
      compute(s, domain, width, height, [
        { id: 'cost', values: cost },
        { id: 'pauschale', values: pauschale },
        ...(baseCost ? [{ id: 'base', values: baseCost }] : []),
      ]),
    [s, domain, width, height, cost, pauschale, baseCost],
  );
  const formatY = useCallback((v: number) => formatValueTick(lang, v, c.top), [lang, c.top]);
  const unit = cum ? t.eurCumulative : t.eurPerDay;
  const euro = (v: number) => (cum ? formatEuro(lang, v) : `${formatEuro(lang, v)} ${t.costPerDay}`);
  const title = `${t.cost}, ${cum ? t.costCaptionCumulative : t.costCaptionPerDay}`;
  const aria = useMemo(
    () =>
      describe(s, domain, lang, t, title, [
        { name: t.costLine, values: cost, format: euro },
        { name: t.pauschale, values: pauschale, format: euro },
        ...(baseCost ? [{ name: t.baselineOf(t.costLine), values: baseCost, format: euro }] : []),
      ]),
    [s, domain, lang, t, cum, baseCost],
  );
  return (
    <TimeChart
      {...frame(props)}
      caption={title}
      controls={
        <span role="group" aria-label={t.costMode} className="tl-segmented">
          <button type="button" aria-pressed={!cum} onClick={() => setMode('day')}>
            {t.costPerDay}
          </button>
          <button type="button" aria-pressed={cum} onClick={() => setMode('cumulative')}>
            {t.costCumulative}
          </button>
        </span>
      }
      ariaLabel={aria}
      x={c.x}
      y={c.y}
      chart={c.chart}
      yUnit={unit}
      formatY={formatY}
      legend={
        <>
          <span>
            <Swatch className={CLASSES.cost} />
            {t.costLine}: {euro(at(cost, s, day))}
          </span>
          <span>
            <Swatch className={CLASSES.pauschale} />
            {t.pauschale}: {euro(at(pauschale, s, day))}
          </span>
          {base && baseCost && <BaselineEntry t={t} text={`${t.costLine}: ${euro(at(baseCost, base, day))}`} />}
        </>
      }
    />
  );
}
