/**
 * Legends of the map: the occupancy scale with its over-capacity part, what a Kreis tile counts, no places, sites,
 * selection; in the difference mode the diverging scale of the difference, symmetric around 0, with its unit.
 */
import { scaleLinear } from 'd3';
import { useId } from 'react';
import { formatPercent, formatPersons } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';
import type { MapMessages } from './messages.ts';
import { diffColour, formatDiff, type DiffMeasure } from './difference.ts';
import { NO_PLACES_COLOUR, OVER_MAX, occupancyColour } from './scale.ts';

const W = 312;
const BAR_Y = 6;
const BAR_H = 14;

export function MapLegend({
  lang,
  m,
  siteMax,
  showSites,
  showKreisNote = false,
}: {
  lang: Lang;
  m: MapMessages;
  siteMax: number;
  showSites: boolean;
  /** The tiles are Landkreise counted with their Gemeinden. */
  showKreisNote?: boolean;
}) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const under = scaleLinear().domain([0, 1]).range([10, 172]);
  const over = scaleLinear().domain([1, OVER_MAX]).range([186, W - 10]);
  const stops = (from: number, to: number) =>
    Array.from({ length: 11 }, (_, i) => {
      const v = from + ((to - from) * i) / 10;
      // Just above 1 for the over part, so its first stop is its own colour.
      return <stop key={i} offset={`${i * 10}%`} stopColor={occupancyColour(i === 0 && from === 1 ? 1.0001 : v)} />;
    });
  const tick = (x: number, label: string, anchor: 'start' | 'middle' | 'end' = 'middle') => (
    <g key={label} transform={`translate(${x},0)`}>
      <line y1={BAR_Y + BAR_H} y2={BAR_Y + BAR_H + 4} stroke="currentColor" />
      <text y={BAR_Y + BAR_H + 16} textAnchor={anchor}>
        {label}
      </text>
    </g>
  );
  return (
    <aside className="map-legend" aria-label={m.legend}>
      <h3>{m.legendTitle}</h3>
      <p className="map-legend-note">{m.legendNote}</p>
      {showKreisNote && <p className="map-legend-note">{m.legendKreisNote}</p>}
      <svg className="map-legend-scale" viewBox={`0 0 ${W} 44`} width={W} height={44} role="img" aria-label={m.scaleDesc}>
        <defs>
          <linearGradient id={`lg-under-${uid}`}>{stops(0, 1)}</linearGradient>
          <linearGradient id={`lg-over-${uid}`}>{stops(1, OVER_MAX)}</linearGradient>
          <pattern id={`lg-hatch-${uid}`} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
            <rect width={2.4} height={6} fill="rgba(255,255,255,0.6)" />
          </pattern>
        </defs>
        <rect x={under(0)} y={BAR_Y} width={under(1) - under(0)} height={BAR_H} fill={`url(#lg-under-${uid})`} stroke="#444" strokeWidth={0.8} />
        <rect x={over(1)} y={BAR_Y} width={over(OVER_MAX) - over(1)} height={BAR_H} fill={`url(#lg-over-${uid})`} />
        <rect x={over(1)} y={BAR_Y} width={over(OVER_MAX) - over(1)} height={BAR_H} fill={`url(#lg-hatch-${uid})`} className="map-over-outline" />
        <g className="map-legend-ticks">
          {[0, 0.25, 0.5, 0.75, 1].map((v) => tick(under(v), formatPercent(lang, v)))}
          {tick(over(OVER_MAX), `≥\u00a0${formatPercent(lang, OVER_MAX)}`, 'end')}
        </g>
      </svg>
      <ul className="map-legend-items">
        <li>
          <svg width={22} height={14} aria-hidden="true">
            <rect x={1} y={1} width={20} height={12} fill={`url(#lg-over-${uid})`} />
            <rect x={1} y={1} width={20} height={12} fill={`url(#lg-hatch-${uid})`} className="map-over-outline" />
          </svg>
          {m.over}
        </li>
        <li>
          <svg width={22} height={14} aria-hidden="true">
            <rect x={1} y={1} width={20} height={12} fill={NO_PLACES_COLOUR} stroke="#444" strokeWidth={0.8} />
          </svg>
          {m.noPlaces}
        </li>
        {showSites && (
          <li>
            <svg width={22} height={20} aria-hidden="true">
              <path d="M11,2L20,18L2,18Z" fill={occupancyColour(0.6)} className="map-site" />
            </svg>
            <span>
              {m.siteLegend}
              {siteMax > 0 && <span className="map-legend-sub">{m.siteMax(formatPersons(lang, siteMax))}</span>}
            </span>
          </li>
        )}
        <SelectedItem m={m} />
      </ul>
    </aside>
  );
}

/** The difference scale [−extent, +extent] (changed − original) in the measure's unit. */
export function DiffLegend({ lang, m, measure, extent }: { lang: Lang; m: MapMessages; measure: DiffMeasure; extent: number }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const x = scaleLinear().domain([-extent, extent]).range([10, W - 10]);
  const unit = m.diffUnit[measure];
  const stops = Array.from({ length: 11 }, (_, i) => <stop key={i} offset={`${i * 10}%`} stopColor={diffColour(-extent + (2 * extent * i) / 10, extent)} />);
  // Both ends and the middle: the labels carry their unit, so more would not fit.
  const ticks = [-extent, 0, extent];
  return (
    <aside className="map-legend map-legend-diff" aria-label={m.legend} data-extent={extent} data-measure={measure}>
      <h3>{m.diffLegendTitle(unit)}</h3>
      <p className="map-legend-note">{m.diffLegendNote}</p>
      <svg className="map-legend-scale" viewBox={`0 0 ${W} 44`} width={W} height={44} role="img" aria-label={m.diffScaleDesc(unit)}>
        <defs>
          <linearGradient id={`lg-diff-${uid}`}>{stops}</linearGradient>
        </defs>
        <rect x={x(-extent)} y={BAR_Y} width={x(extent) - x(-extent)} height={BAR_H} fill={`url(#lg-diff-${uid})`} stroke="#444" strokeWidth={0.8} />
        <g className="map-legend-ticks">
          {ticks.map((v, i) => (
            <g key={i} transform={`translate(${x(v)},0)`}>
              <line y1={BAR_Y + BAR_H} y2={BAR_Y + BAR_H + 4} stroke="currentColor" />
              <text y={BAR_Y + BAR_H + 16} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>
                {formatDiff(lang, measure, v, m.diffUnitShort[measure])}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <ul className="map-legend-items">
        <li>
          <svg width={22} height={14} aria-hidden="true">
            <rect x={1} y={1} width={20} height={12} fill={NO_PLACES_COLOUR} stroke="#444" strokeWidth={0.8} />
          </svg>
          {m.noDiff}
        </li>
        <SelectedItem m={m} />
      </ul>
    </aside>
  );
}

/** The legend entry of the selected unit's outline, the same in both legends. */
function SelectedItem({ m }: { m: MapMessages }) {
  return (
    <li>
      <svg width={22} height={14} aria-hidden="true">
        <rect x={2} y={2} width={18} height={10} fill="none" className="map-selected-outer" />
        <rect x={2} y={2} width={18} height={10} fill="none" className="map-selected-inner" />
      </svg>
      {m.selectedLegend}
    </li>
  );
}
