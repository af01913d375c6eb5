/** A small line of a unit's occupancy over the run, with the 100 % line and a marker at the cursor day. */
import { line } from 'd3';

const W = 300;
const H = 64;
const PAD = { top: 6, right: 6, bottom: 6, left: 34 };

export function Sparkline({ values, day, label, maxLabel, fullLabel }: { values: Float64Array; day: number; label: string; maxLabel: (v: number) => string; fullLabel: string }) {
  const n = values.length;
  let max = 1;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  max = Math.min(max * 1.05, 5);
  const x = (d: number) => PAD.left + (n > 1 ? (d / (n - 1)) * (W - PAD.left - PAD.right) : 0);
  const y = (v: number) => PAD.top + (1 - Math.min(v, max) / max) * (H - PAD.top - PAD.bottom);
  const path =
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => x(i))
      .y((v) => y(v))(Array.from(values)) ?? '';
  const at = values[Math.min(day, n - 1)];
  const atOk = at !== undefined && Number.isFinite(at);
  return (
    <svg className="detail-sparkline" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(1)} y2={y(1)} className="ref" />
      <text x={PAD.left - 4} y={y(1)} dy="0.35em" textAnchor="end" aria-hidden="true">
        {fullLabel}
      </text>
      <text x={PAD.left - 4} y={PAD.top} dy="0.35em" textAnchor="end" aria-hidden="true">
        {max > 1.3 ? maxLabel(max) : ''}
      </text>
      <path d={path} className="line" />
      {n > 0 && <line x1={x(day)} x2={x(day)} y1={PAD.top} y2={H - PAD.bottom} className="cursor" />}
      {atOk && <circle cx={x(day)} cy={y(at)} r={3.5} className="marker" />}
    </svg>
  );
}
