/** A time chart of several setups: each setup's mean as a line over its band of 90 % of the runs (d3 area + line). */
import { area, line } from 'd3';
import { useMemo } from 'react';
import { dayScale, dayTicks, maxOf, valueScale, valueTicks } from '../../charts/scales.ts';
import { formatValueTick } from '../../charts/tickFormat.ts';
import type { DayTick } from '../../charts/scales.ts';
import type { Lang } from '../../i18n/index.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import type { Band } from '../../../engine/compare/index.ts';
import { useI18n } from '../../i18n/index.ts';

export interface BandSeries {
  readonly label: string;
  readonly colour: string;
  readonly band: Band;
}

const M = { top: 12, right: 12, bottom: 22, left: 58 };

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar tick as the app's charts write it (2016 · Okt · 12.10.), with the month formatter made once. */
function tickText(lang: Lang, t: Pick<DayTick, 'date' | 'kind'>): string {
  const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
  if (t.kind === 'year') return String(y);
  if (t.kind === 'month') {
    let f = monthFormats.get(lang);
    if (!f) monthFormats.set(lang, (f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', month: 'short' })));
    return f.format(new Date(Date.UTC(y, m - 1, d))).replace(/\.$/, '');
  }
  return `${d}.${m}.`;
}

export function BandChart({
  title,
  unit,
  start,
  stepDays,
  series,
  height = 200,
}: {
  title: string;
  unit: string;
  /** ISO date of point 0. */
  start: string;
  /** Days between points (1 daily, 7 weekly). */
  stepDays: number;
  series: readonly BandSeries[];
  height?: number;
}) {
  const { lang } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const n = series[0]?.band.mean.length ?? 0;
  const w = Math.max(100, width - M.left - M.right);
  const h = height - M.top - M.bottom;
  const drawn = useMemo(() => {
    const x = dayScale([0, Math.max(1, (n - 1) * stepDays)], w);
    const y = valueScale(maxOf(series.map((s) => s.band.high), 0, n), h);
    const ok = (i: number, a: Float32Array) => Number.isFinite(a[i] as number);
    const paths = series.map((s) => {
      const b = s.band;
      const idx = Array.from({ length: n }, (_, i) => i);
      const bandPath = area<number>()
        .defined((i) => ok(i, b.low) && ok(i, b.high))
        .x((i) => x(i * stepDays))
        .y0((i) => y(b.low[i] as number))
        .y1((i) => y(b.high[i] as number))(idx);
      const meanPath = line<number>()
        .defined((i) => ok(i, b.mean))
        .x((i) => x(i * stepDays))
        .y((i) => y(b.mean[i] as number))(idx);
      return { label: s.label, colour: s.colour, bandPath: bandPath ?? '', meanPath: meanPath ?? '' };
    });
    return { x, y, paths, xTicks: dayTicks(start, x, 6), yTicks: valueTicks(y, 4) };
  }, [series, n, stepDays, w, h, start]);
  const top = drawn.y.domain()[1] as number;
  return (
    <figure className="vergleich-chart" ref={ref}>
      <figcaption>
        {title} <span className="unit">({unit})</span>
      </figcaption>
      <svg width={w + M.left + M.right} height={height} role="img" aria-label={`${title} (${unit})`}>
        <g transform={`translate(${M.left},${M.top})`}>
          {drawn.yTicks.map((t) => (
            <g key={t.value} transform={`translate(0,${t.px})`} className="tick">
              <line x2={w} stroke="#e3e3de" />
              <text x={-6} dy="0.32em" textAnchor="end">
                {formatValueTick(lang, t.value, top)}
              </text>
            </g>
          ))}
          {drawn.xTicks.map((t) => (
            <text key={t.day} className="tick" x={t.px} y={h + 16} textAnchor="middle">
              {tickText(lang, t)}
            </text>
          ))}
          {drawn.paths.map((p) => (
            <g key={p.label}>
              <path d={p.bandPath} fill={p.colour} fillOpacity={0.18} stroke="none" />
              <path d={p.meanPath} fill="none" stroke={p.colour} strokeWidth={1.8} />
            </g>
          ))}
        </g>
      </svg>
      <ul className="vergleich-keys">
        {series.map((s) => (
          <li key={s.label}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
