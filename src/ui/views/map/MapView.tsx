/**
 * Karte: the Kreise coloured by occupancy on the day under the cursor, the Erstaufnahme sites as triangles; with a
 * "Was wäre wenn" change on screen, coloured by the difference to the original run instead (difference.ts).
 * The geometry (Voronoi cells of the Gemeinde centres, dissolved per Kreis) is computed once per run; a new day
 * only changes fills. React owns the SVG; D3 supplies projection, Voronoi, colour scales.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { RunData } from '../../data/runData.ts';
import { useWhatIf } from '../../data/whatIf.tsx';
import { formatDate, formatNumber, formatPercent, formatPersons } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import type { ViewProps } from '../types.ts';
import type { MapGeometry } from './geometry.ts';
import { isMapKey, nextStop, type MapStop } from './keyboard.ts';
import { DIFF_MEASURES, diffColour, diffExtent, differences, formatDiff, unitDifference, type DiffMeasure, type UnitDifference } from './difference.ts';
import { DiffLegend, MapLegend } from './MapLegend.tsx';
import { MAP_MESSAGES, type MapMessages } from './messages.ts';
import { mapModelOf, maxSitePresent, unitStats, type UnitStats } from './model.ts';
import { isOver, occupancyColour } from './scale.ts';
import './map.css';

type TipKind = 'kreis' | 'gemeinde' | 'site';
interface Tip {
  /** The run the unit index belongs to: a tip from an earlier run is ignored. */
  readonly data: RunData;
  readonly unit: number;
  readonly kind: TipKind;
  /** Pixels within the map canvas. */
  readonly x: number;
  readonly y: number;
}
type Mode = 'kreis' | 'gemeinde';

/** Text for an occupancy share, with the over-capacity note. */
export function shareText(lang: Lang, m: MapMessages, share: number): string {
  if (Number.isNaN(share)) return m.noPlacesLong;
  if (!Number.isFinite(share)) return `${m.overShort} (${m.noPlacesLong})`;
  const pct = formatPercent(lang, share);
  return isOver(share) ? `${pct} – ${m.overShort}` : pct;
}

/** Equilateral triangle pointing up, centred on (x, y), side s. */
export function trianglePath(x: number, y: number, s: number): string {
  const h = (s * Math.sqrt(3)) / 2;
  const f = (v: number) => Math.round(v * 100) / 100;
  return `M${f(x)},${f(y - (2 * h) / 3)}L${f(x + s / 2)},${f(y + h / 3)}L${f(x - s / 2)},${f(y + h / 3)}Z`;
}

/** Side of a site triangle: area ∝ persons, never smaller than a third of the largest. */
export function siteSide(geometry: MapGeometry, present: number, max: number): number {
  const big = Math.min(geometry.width, geometry.height) * 0.07;
  const t = max > 0 ? Math.sqrt(Math.max(0, present) / max) : 0;
  return Math.max(big / 3, big * t);
}

export function MapView({ data, version, day, selected, onSelect }: ViewProps) {
  const { lang } = useI18n();
  const m = MAP_MESSAGES[lang];
  const model = useMemo(() => mapModelOf(data), [data]);
  const [mode, setMode] = useState<Mode>('kreis');
  const { baseline } = useWhatIf();
  const [showDiff, setShowDiff] = useState(true);
  const [measure, setMeasure] = useState<DiffMeasure>('belegung');
  const diffOn = baseline !== null && showDiff;
  const [labels, setLabels] = useState(true);
  const [hover, setHover] = useState<Tip | null>(null);
  const [focus, setFocus] = useState<Tip | null>(null);
  // The map is one tab stop (the unit focused last, else the selected one, else the first Kreis); arrows move on.
  const [active, setActive] = useState<string | null>(null);
  const stopElements = useRef(new Map<number, SVGPathElement>());
  const canvasRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = { title: `map-title-${uid}`, desc: `map-desc-${uid}`, tip: `map-tip-${uid}`, hatch: `map-hatch-${uid}` };
  // Triangle sizes are comparable across days: scaled to the largest site occupancy so far.
  const siteMax = useMemo(() => {
    void version; // the RunData grows in place with every streamed slice
    return maxSitePresent(data);
  }, [data, version]);
  const date = formatDate(lang, data.days[Math.min(day, data.D - 1)] ?? '');

  const kreisStats = new Map<number, UnitStats>(data.kreise.map((k) => [k, unitStats(data, k, day)]));
  const statsOf = (u: number): UnitStats => kreisStats.get(u) ?? unitStats(data, u, day);
  const selectedIndex = selected === null ? undefined : data.indexById.get(selected);
  // The difference of every unit drawn (Kreise or Gemeinde cells, and the sites); the legend's domain spans them all.
  const diffs = useMemo(() => {
    if (!baseline) return null;
    const g = model.geometry;
    const drawn = mode === 'gemeinde' && g ? g.cells.map((c) => c.unit) : data.kreise;
    const all = differences(data, baseline, measure, [...drawn, ...model.sites.map((s) => s.unit)], day);
    return { all, extent: diffExtent([...all.values()].map((d) => d.diff)) };
  }, [baseline, data, version, measure, mode, model, day]);
  const diffOf = (u: number): UnitDifference | null => (baseline ? (diffs?.all.get(u) ?? unitDifference(data, baseline, measure, u, day)) : null);
  const fillOf = (u: number, share: number): string => (diffOn && diffs ? diffColour(diffOf(u)!.diff, diffs.extent) : occupancyColour(share));
  const diffText = (d: UnitDifference) => formatDiff(lang, measure, d.diff, m.diffUnit[measure]);
  const tip = [hover, focus].find((t) => t !== null && t.data === data) ?? null;

  const canvasPoint = (e: MouseEvent): { x: number; y: number } => {
    const r = canvasRef.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };
  /** Map coordinates → pixels in the canvas (the SVG keeps its aspect ratio, centred). */
  const toCanvas = (x: number, y: number): { x: number; y: number } => {
    const g = model.geometry;
    const c = canvasRef.current?.getBoundingClientRect();
    const s = svgRef.current?.getBoundingClientRect();
    if (!g || !c || !s || s.width === 0) return { x: 0, y: 0 };
    const k = Math.min(s.width / g.width, s.height / g.height);
    return {
      x: s.left - c.left + (s.width - g.width * k) / 2 + x * k,
      y: s.top - c.top + (s.height - g.height * k) / 2 + y * k,
    };
  };

  const handlers = (unit: number, kind: TipKind, anchor: () => readonly [number, number]) => {
    const id = data.units[unit]!.id;
    return {
      onMouseEnter: (e: MouseEvent) => setHover({ data, unit, kind, ...canvasPoint(e) }),
      onMouseMove: (e: MouseEvent) => setHover({ data, unit, kind, ...canvasPoint(e) }),
      onMouseLeave: () => setHover((h) => (h?.unit === unit ? null : h)),
      // A click selects without moving keyboard focus (which would pin the tooltip).
      onMouseDown: (e: MouseEvent) => e.preventDefault(),
      onFocus: () => {
        setActive(id);
        const [x, y] = anchor();
        setFocus({ data, unit, kind, ...toCanvas(x, y) });
      },
      onBlur: () => setFocus((f) => (f?.unit === unit ? null : f)),
      onClick: (e: MouseEvent) => {
        e.stopPropagation();
        onSelect(id);
      },
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          onSelect(id);
        } else if (e.key === 'Escape') {
          setFocus(null);
          setHover(null);
        } else if (isMapKey(e.key)) {
          // Also at the edge of the map: the arrow keys would otherwise step the day.
          e.preventDefault();
          e.stopPropagation();
          const next = nextStop(stops, unit, e.key);
          if (next !== undefined) stopElements.current.get(next)?.focus();
        }
      },
    };
  };

  const g = model.geometry;
  const stops: MapStop[] = g
    ? [...g.kreise.map((k) => ({ unit: k.kreis, x: k.label[0], y: k.label[1] })), ...model.sites.map((s) => ({ unit: s.unit, x: s.x, y: s.y }))]
    : [];
  const stopOf = (id: string | null): number | undefined => {
    const u = id === null ? undefined : data.indexById.get(id);
    return stops.some((s) => s.unit === u) ? u : undefined;
  };
  const tabStop = stopOf(active) ?? stopOf(selected) ?? stops[0]?.unit;
  /** Props of a unit that takes keyboard focus: one tab stop for the map, and its element for the arrow keys. */
  const stopProps = (unit: number) => ({
    tabIndex: unit === tabStop ? 0 : -1,
    ref: (el: SVGPathElement | null) => {
      if (el) stopElements.current.set(unit, el);
      else stopElements.current.delete(unit);
    },
  });
  const table = <OccupancyTable data={data} lang={lang} m={m} date={date} stats={statsOf} diff={baseline ? { measure, of: (u) => diffOf(u)! } : null} />;
  if (!g) {
    return (
      <section className="map-view" aria-label={m.heading}>
        <p className="empty">{m.noGeometry}</p>
        {table}
      </section>
    );
  }

  const hatchSize = g.height / 90;
  const ariaFor = (u: number, s: UnitStats) =>
    `${data.units[u]!.name}: ${m.occupancy} ${shareText(lang, m, s.share)}${diffOn ? `, ${m.difference} ${diffText(diffOf(u)!)}` : ''}`;

  // Fills: one path per Kreis (focusable); in Gemeinde mode the cells carry the colour and the Kreis paths only focus.
  const kreisPaths = g.kreise.map((k) => {
    const s = statsOf(k.kreis);
    const over = isOver(s.share) && mode === 'kreis' && !diffOn;
    const id = data.units[k.kreis]!.id;
    return (
      <path
        key={k.kreis}
        d={k.path}
        className={`map-kreis${over ? ' map-over' : ''}`}
        fill={mode === 'kreis' ? fillOf(k.kreis, s.share) : 'transparent'}
        pointerEvents={mode === 'kreis' ? undefined : 'none'}
        data-unit={id}
        data-over={over ? 'true' : undefined}
        data-diff={diffOn ? String(diffOf(k.kreis)!.diff) : undefined}
        role="button"
        {...stopProps(k.kreis)}
        aria-label={ariaFor(k.kreis, s)}
        aria-current={selected === id ? 'true' : undefined}
        aria-describedby={tip?.unit === k.kreis ? ids.tip : undefined}
        {...handlers(k.kreis, 'kreis', () => k.label)}
      />
    );
  });

  const gemeindeStats = mode === 'gemeinde' ? g.cells.map((c) => statsOf(c.unit)) : [];
  const gemeindePaths =
    mode === 'gemeinde'
      ? g.cells.map((c, i) => {
          const s = gemeindeStats[i]!;
          const kind: TipKind = c.unit === c.kreis ? 'kreis' : 'gemeinde';
          const over = isOver(s.share) && !diffOn;
          return (
            <path
              key={c.unit}
              d={c.path}
              className={`map-gemeinde${over ? ' map-over' : ''}`}
              fill={fillOf(c.unit, s.share)}
              data-unit={data.units[c.unit]!.id}
              data-over={over ? 'true' : undefined}
              data-diff={diffOn ? String(diffOf(c.unit)!.diff) : undefined}
              {...handlers(c.unit, kind, () => c.centroid)}
              onFocus={undefined}
              onBlur={undefined}
              onKeyDown={undefined}
            />
          );
        })
      : null;

  // Over capacity: hatching over the fill and a bold outline.
  const overShapes = diffOn
    ? []
    : mode === 'kreis'
      ? g.kreise.filter((k) => isOver(statsOf(k.kreis).share)).map((k) => ({ key: k.kreis, fill: k.path, outline: k.border }))
      : g.cells.flatMap((c, i) => (isOver(gemeindeStats[i]!.share) ? [{ key: c.unit, fill: c.path, outline: null }] : []));

  const siteShapes = model.sites.map((site) => {
    const s = statsOf(site.unit);
    return { site, s, side: siteSide(g, s.present, siteMax) };
  });

  const outlineOf = (u: number): string | null => {
    const shape = model.kreisShape.get(u);
    if (shape) return shape.border;
    const cell = model.cellOfUnit.get(u);
    if (cell !== undefined) return g.cells[cell]!.path;
    const site = siteShapes.find((x) => x.site.unit === u);
    if (site) return trianglePath(site.site.x, site.site.y, site.side * 1.35);
    return null;
  };
  const selectedOutline = selectedIndex === undefined ? null : outlineOf(selectedIndex);
  const tipOutline = tip ? outlineOf(tip.unit) : null;

  return (
    <section className="map-view" aria-label={m.heading}>
      <div className="map-toolbar">
        <h2 className="map-heading">
          {diffOn ? m.diffHeading(m.measure[measure]) : mode === 'kreis' ? m.heading : m.headingGemeinden} · {date}
        </h2>
        {baseline && (
          <label className="map-diff-toggle">
            <input type="checkbox" checked={showDiff} onChange={(e) => setShowDiff(e.target.checked)} />
            {m.showDiff}
          </label>
        )}
        {diffOn && (
          <fieldset className="map-mode map-diff-measure">
            <legend>{m.diffMeasure}</legend>
            {DIFF_MEASURES.map((v) => (
              <label key={v}>
                <input type="radio" name={`map-measure-${uid}`} value={v} checked={measure === v} onChange={() => setMeasure(v)} />
                {m.measure[v]}
              </label>
            ))}
          </fieldset>
        )}
        {model.hasGemeinden && (
          <fieldset className="map-mode">
            <legend>{m.colourBy}</legend>
            {(['kreis', 'gemeinde'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name={`map-mode-${uid}`} value={v} checked={mode === v} onChange={() => setMode(v)} />
                {v === 'kreis' ? m.byKreis : m.byGemeinde}
              </label>
            ))}
          </fieldset>
        )}
        <label className="map-labels-toggle">
          <input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} />
          {m.showLabels}
        </label>
      </div>
      <div className="map-body">
        <div className="map-canvas" ref={canvasRef}>
          <svg
            ref={svgRef}
            className="map-svg"
            style={{ aspectRatio: `${g.width} / ${g.height}` }}
            viewBox={`0 0 ${Math.round(g.width * 100) / 100} ${Math.round(g.height * 100) / 100}`}
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-labelledby={ids.title}
            aria-describedby={ids.desc}
          >
            <title id={ids.title}>{diffOn ? m.diffMapLabel(m.measure[measure], date) : m.mapLabel(date)}</title>
            <desc id={ids.desc}>{m.hint}</desc>
            <defs>
              <pattern id={ids.hatch} patternUnits="userSpaceOnUse" width={hatchSize} height={hatchSize} patternTransform="rotate(45)">
                <rect width={hatchSize * 0.4} height={hatchSize} fill="rgba(255,255,255,0.6)" />
              </pattern>
            </defs>
            <rect className="map-background" width={g.width} height={g.height} fill="transparent" onClick={() => onSelect(null)} />
            <StaticLayer geometry={g} showInner={mode === 'gemeinde'}>
              {gemeindePaths}
              {kreisPaths}
            </StaticLayer>
            <g className="map-over-layer" pointerEvents="none">
              {overShapes.map((o) => (
                <g key={o.key}>
                  <path d={o.fill} fill={`url(#${ids.hatch})`} />
                  {o.outline && <path d={o.outline} className="map-over-outline" fill="none" vectorEffect="non-scaling-stroke" />}
                </g>
              ))}
            </g>
            {labels && (
              <g className="map-labels" pointerEvents="none" fontSize={model.labelSize} aria-hidden="true">
                {model.labels.map((l) => (
                  <text key={l.kreis} x={l.x} y={l.y} textAnchor="middle" strokeWidth={model.labelSize * 0.25}>
                    {l.lines.map((line, i) => (
                      <tspan key={i} x={l.x} dy={i === 0 ? `${0.35 - ((l.lines.length - 1) * 1.1) / 2}em` : '1.1em'}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                ))}
              </g>
            )}
            <g className="map-sites">
              {siteShapes.map(({ site, s, side }) => {
                const id = data.units[site.unit]!.id;
                const over = isOver(s.share) && !diffOn;
                return (
                  <path
                    key={site.unit}
                    d={trianglePath(site.x, site.y, side)}
                    className={`map-site${over ? ' map-over' : ''}`}
                    fill={fillOf(site.unit, s.share)}
                    vectorEffect="non-scaling-stroke"
                    data-unit={id}
                    data-over={over ? 'true' : undefined}
                    data-diff={diffOn ? String(diffOf(site.unit)!.diff) : undefined}
                    role="button"
                    {...stopProps(site.unit)}
                    aria-label={`${data.units[site.unit]!.name}: ${formatPersons(lang, s.present)}, ${m.occupancy} ${shareText(lang, m, s.share)}${diffOn ? `, ${m.difference} ${diffText(diffOf(site.unit)!)}` : ''}`}
                    aria-current={selected === id ? 'true' : undefined}
                    aria-describedby={tip?.unit === site.unit ? ids.tip : undefined}
                    {...handlers(site.unit, 'site', () => [site.x, site.y])}
                  />
                );
              })}
            </g>
            <g className="map-highlight" pointerEvents="none" fill="none">
              {selectedOutline && (
                <g className="map-selected" data-unit={selected ?? undefined}>
                  <path d={selectedOutline} className="map-selected-outer" vectorEffect="non-scaling-stroke" />
                  <path d={selectedOutline} className="map-selected-inner" vectorEffect="non-scaling-stroke" />
                </g>
              )}
              {tipOutline && (
                <path d={tipOutline} className={tip === hover ? 'map-hover-outline' : 'map-focus-outline'} vectorEffect="non-scaling-stroke" />
              )}
            </g>
          </svg>
          {tip && (
            <Tooltip
              id={ids.tip}
              tip={tip}
              data={data}
              lang={lang}
              m={m}
              stats={statsOf(tip.unit)}
              diff={baseline ? { measure, value: diffOf(tip.unit)! } : null}
              canvas={canvasRef.current}
            />
          )}
        </div>
        {diffOn && diffs ? (
          <DiffLegend lang={lang} m={m} measure={measure} extent={diffs.extent} />
        ) : (
          <MapLegend lang={lang} m={m} siteMax={siteMax} showSites={model.sites.length > 0} showKreisNote={mode === 'kreis' && model.hasGemeinden} />
        )}
      </div>
      {table}
    </section>
  );
}

/** Borders and outline do not change with the day: memoised so React skips them on every frame. */
function StaticLayer({ geometry, showInner, children }: { geometry: MapGeometry; showInner: boolean; children: ReactNode }) {
  const lines = useMemo(
    () => (
      <g className="map-lines" pointerEvents="none" fill="none">
        <path d={geometry.innerBorders} className={showInner ? 'map-inner map-inner-strong' : 'map-inner'} vectorEffect="non-scaling-stroke" />
        <path d={geometry.kreisBorders} className="map-borders" vectorEffect="non-scaling-stroke" />
        <path d={geometry.outline} className="map-outline" vectorEffect="non-scaling-stroke" />
      </g>
    ),
    [geometry, showInner],
  );
  return (
    <>
      <g className="map-fills">{children}</g>
      {lines}
    </>
  );
}

function Tooltip({
  id,
  tip,
  data,
  lang,
  m,
  stats,
  diff,
  canvas,
}: {
  id: string;
  tip: Tip;
  data: RunData;
  lang: Lang;
  m: MapMessages;
  stats: UnitStats;
  /** With a what-if change on screen: the measure in both runs and the difference. */
  diff: { measure: DiffMeasure; value: UnitDifference } | null;
  canvas: HTMLDivElement | null;
}) {
  const u = data.units[tip.unit]!;
  const parentIndex = u.parent === null ? undefined : data.indexById.get(u.parent);
  const parentName = parentIndex === undefined ? '' : data.units[parentIndex]!.name;
  const hostIndex = u.hostKreis === undefined ? undefined : data.indexById.get(u.hostKreis);
  const subtitle =
    tip.kind === 'site'
      ? m.siteIn(hostIndex === undefined ? (u.hostKreis ?? '') : data.units[hostIndex]!.name)
      : tip.kind === 'gemeinde'
        ? `${m.gemeindeIn(parentName)} · ${m.gemeindeOwnPlaces}`
        : `${m.kind[u.kind ?? 'kreis'] ?? m.kind.kreis}${(data.children[tip.unit] ?? []).some((c) => data.units[c]!.level === 'gemeinde') ? `, ${m.withGemeinden}` : ''}`;
  // Open to the right (over the legend if need be) unless that runs out of the map body; upwards near the bottom.
  const w = canvas?.parentElement?.clientWidth ?? 0;
  const h = canvas?.clientHeight ?? 0;
  const flipX = w > 0 && tip.x + 340 > w && tip.x > 340;
  const flipY = h > 0 && tip.y + 190 > h && tip.y > 190;
  const style = {
    left: tip.x,
    top: tip.y,
    transform: `translate(${flipX ? 'calc(-100% - 14px)' : '14px'}, ${flipY ? 'calc(-100% - 14px)' : '14px'})`,
  };
  return (
    <div id={id} role="tooltip" className="map-tooltip" style={style}>
      <strong className="map-tooltip-name">{u.name}</strong>
      <span className="map-tooltip-sub">{subtitle}</span>
      <dl>
        <dt>{m.occupancy}</dt>
        <dd className={isOver(stats.share) ? 'map-tooltip-over' : undefined}>{shareText(lang, m, stats.share)}</dd>
        <dt>{m.persons}</dt>
        <dd>{formatPersons(lang, stats.present)}</dd>
        <dt>{m.places}</dt>
        <dd>
          {formatNumber(lang, stats.capacity)}&nbsp;{m.placesUnit}
        </dd>
        <dt>{m.notunterkunft}</dt>
        <dd className={stats.notunterkunft > 0 ? 'map-tooltip-over' : undefined}>{formatPersons(lang, stats.notunterkunft)}</dd>
        {stats.units > 1 && (
          <>
            <dt>{m.unitsOver}</dt>
            <dd className={stats.unitsOver > 0 ? 'map-tooltip-over' : undefined}>
              {m.unitsOverValue(formatNumber(lang, stats.unitsOver), formatNumber(lang, stats.units))}
            </dd>
          </>
        )}
        {diff && <DiffRows lang={lang} m={m} measure={diff.measure} d={diff.value} />}
      </dl>
    </div>
  );
}

/** The measure in the original and the changed run, and the difference, with units. */
function measureText(lang: Lang, m: MapMessages, measure: DiffMeasure, v: number): string {
  return measure === 'belegung' ? shareText(lang, m, v) : formatPersons(lang, v);
}

function DiffRows({ lang, m, measure, d }: { lang: Lang; m: MapMessages; measure: DiffMeasure; d: UnitDifference }) {
  return (
    <>
      <dt>
        {m.measure[measure]}: {m.original}
      </dt>
      <dd>{measureText(lang, m, measure, d.original)}</dd>
      <dt>
        {m.measure[measure]}: {m.changed}
      </dt>
      <dd>{measureText(lang, m, measure, d.changed)}</dd>
      <dt>{m.difference}</dt>
      <dd className="map-tooltip-diff">{formatDiff(lang, measure, d.diff, m.diffUnit[measure])}</dd>
    </>
  );
}

/** Text alternative: the numbers of all Kreise and sites on the day. */
function OccupancyTable({
  data,
  lang,
  m,
  date,
  stats,
  diff,
}: {
  data: RunData;
  lang: Lang;
  m: MapMessages;
  date: string;
  stats: (u: number) => UnitStats;
  /** With a what-if change on screen: the measure in both runs and their difference, by unit. */
  diff: { measure: DiffMeasure; of: (u: number) => UnitDifference } | null;
}) {
  const rows = [...data.kreise, ...data.sites];
  return (
    <div className="visually-hidden">
      <table>
        <caption>{diff ? `${m.tableCaption(date)}; ${m.diffTableCaption(m.measure[diff.measure], date)}` : m.tableCaption(date)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.unitCol}</th>
            <th scope="col">{m.kindCol}</th>
            <th scope="col">{m.occupancy}</th>
            <th scope="col">{m.persons}</th>
            <th scope="col">{m.places}</th>
            <th scope="col">{m.notunterkunft}</th>
            <th scope="col">{m.unitsOver}</th>
            {diff && (
              <>
                <th scope="col">
                  {m.measure[diff.measure]}: {m.original}
                </th>
                <th scope="col">
                  {m.measure[diff.measure]}: {m.changed}
                </th>
                <th scope="col">{m.difference}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => {
            const s = stats(u);
            const unit = data.units[u]!;
            return (
              <tr key={u}>
                <th scope="row">{unit.name}</th>
                <td>{m.kind[unit.level === 'erstaufnahme' ? 'erstaufnahme' : (unit.kind ?? 'kreis')] ?? unit.level}</td>
                <td>{shareText(lang, m, s.share)}</td>
                <td>{formatPersons(lang, s.present)}</td>
                <td>
                  {formatNumber(lang, s.capacity)}&nbsp;{m.placesUnit}
                </td>
                <td>{formatPersons(lang, s.notunterkunft)}</td>
                <td>{s.units > 1 ? m.unitsOverValue(formatNumber(lang, s.unitsOver), formatNumber(lang, s.units)) : '–'}</td>
                {diff && <DiffCells lang={lang} m={m} measure={diff.measure} d={diff.of(u)} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DiffCells({ lang, m, measure, d }: { lang: Lang; m: MapMessages; measure: DiffMeasure; d: UnitDifference }) {
  return (
    <>
      <td>{measureText(lang, m, measure, d.original)}</td>
      <td>{measureText(lang, m, measure, d.changed)}</td>
      <td>{formatDiff(lang, measure, d.diff, m.diffUnit[measure])}</td>
    </>
  );
}
