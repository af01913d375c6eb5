/**
 * Thin React wrapper around a computed line chart: a <figure> with caption, an SVG (role="img") with axes, paths, the
 * shared day cursor and a pointer surface that seeks, and a value legend under it. Axes are drawn in JSX from the
 * pure ticks; the static layer is memoised so a moving cursor re-renders one <line>.
 */
import { useId, useMemo, useRef, type PointerEvent, type ReactNode } from 'react';
import type { LineChartOutput } from './lineChart.ts';
import { dayAt, type DayTick, type Scale } from './scales.ts';
import './charts.css';

export const MARGIN = { top: 22, right: 14, bottom: 22, left: 58 } as const;

/** Plot area inside a chart of the given outer size. */
export function innerSize(width: number, height: number): { w: number; h: number } {
  return { w: Math.max(20, width - MARGIN.left - MARGIN.right), h: Math.max(20, height - MARGIN.top - MARGIN.bottom) };
}

export interface TimeChartProps {
  readonly caption: ReactNode;
  /** Buttons or switches shown in the chart's head (outside the caption). */
  readonly controls?: ReactNode;
  /** Current values at the cursor, as text. */
  readonly legend: ReactNode;
  readonly ariaLabel: string;
  readonly width: number;
  readonly height: number;
  readonly x: Scale;
  readonly y: Scale;
  readonly chart: LineChartOutput;
  /** CSS class per path id. */
  readonly classes: Readonly<Record<string, string>>;
  /** Unit of the y axis, written above it. */
  readonly yUnit: string;
  readonly formatY: (v: number) => string;
  readonly formatX: (t: DayTick) => string;
  /** Days [0, available) hold data; the rest of the axis is shaded. */
  readonly available: number;
  readonly day: number;
  readonly onSeek: (day: number) => void;
  /** Double-click in the plot. */
  readonly onReset?: () => void;
  readonly className?: string;
  readonly unavailableLabel?: string;
}

export function TimeChart(p: TimeChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const clipId = `clip-${uid}`;
  const captionId = `cap-${uid}`;
  const { w, h } = innerSize(p.width, p.height);
  const { x, y, chart, classes, yUnit, formatX, formatY, available, unavailableLabel } = p;

  const staticLayer = useMemo(() => {
    const xEnd = x(available - 1);
    const [, r1] = x.range() as [number, number];
    return (
      <>
        <defs>
          <clipPath id={clipId}>
            <rect x={0} y={-2} width={w} height={h + 4} />
          </clipPath>
        </defs>
        {xEnd < r1 && (
          <rect className="chart-unavailable" x={Math.max(0, xEnd)} y={0} width={r1 - Math.max(0, xEnd)} height={h}>
            {unavailableLabel && <title>{unavailableLabel}</title>}
          </rect>
        )}
        <g className="chart-grid">
          {chart.ticks.y.map((t) => (
            <line key={t.value} x1={0} x2={w} y1={t.px} y2={t.px} />
          ))}
        </g>
        <g className="chart-axis chart-axis-y">
          {chart.ticks.y.map((t) => (
            <text key={t.value} x={-6} y={t.px} dy="0.32em" textAnchor="end">
              {formatY(t.value)}
            </text>
          ))}
          <text className="chart-unit" x={-MARGIN.left + 2} y={-10}>
            {yUnit}
          </text>
        </g>
        <g className="chart-axis chart-axis-x" transform={`translate(0,${h})`}>
          <line x1={0} x2={w} />
          {chart.ticks.x.map((t) => (
            <g key={t.day} transform={`translate(${t.px},0)`}>
              <line y2={4} />
              <text y={15} textAnchor="middle" className={t.kind === 'day' ? undefined : 'chart-tick-major'}>
                {formatX(t)}
              </text>
            </g>
          ))}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {chart.paths.map((path) => (
            <path key={path.id} d={path.d} className={`chart-${path.kind} ${classes[path.id] ?? ''}`} />
          ))}
        </g>
      </>
    );
  }, [x, y, chart, classes, yUnit, formatX, formatY, available, unavailableLabel, w, h, clipId]);

  return (
    <figure className={`chart ${p.className ?? ''}`} aria-labelledby={captionId} style={{ width: p.width }}>
      <figcaption id={captionId}>{p.caption}</figcaption>
      {p.controls && <div className="chart-controls">{p.controls}</div>}
      <svg role="img" aria-label={p.ariaLabel} width={p.width} height={p.height} className="chart-svg">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {staticLayer}
          <Cursor x={x} day={p.day} height={h} />
          <SeekSurface x={x} width={w} height={h} last={available - 1} onSeek={p.onSeek} onReset={p.onReset} />
        </g>
      </svg>
      <div className="chart-legend">{p.legend}</div>
    </figure>
  );
}

/** The shared time cursor: a vertical line at the day (hidden outside the visible range). */
export function Cursor({ x, day, height, y0 = 0 }: { x: Scale; day: number; height: number; y0?: number }) {
  const [a, b] = x.domain() as [number, number];
  if (day < a || day > b) return null;
  const cx = Math.round(x(day) * 10) / 10;
  return <line className="chart-cursor" data-day={day} x1={cx} x2={cx} y1={y0} y2={height} />;
}

/** Transparent surface over the plot: press or drag to move the cursor; double-click resets the zoom. */
export function SeekSurface({
  x,
  width,
  height,
  last,
  onSeek,
  onReset,
}: {
  x: Scale;
  width: number;
  height: number;
  last: number;
  onSeek: (day: number) => void;
  onReset?: (() => void) | undefined;
}) {
  const dragging = useRef(false);
  const seekAt = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    onSeek(dayAt(x, e.clientX - rect.left, Math.max(0, last)));
  };
  return (
    <rect
      className="chart-hit"
      width={width}
      height={height}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        seekAt(e);
      }}
      onPointerMove={(e) => {
        if (dragging.current) seekAt(e);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture?.(e.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
      onDoubleClick={onReset}
    />
  );
}
