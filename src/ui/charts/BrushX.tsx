/** d3-brush along x on its own <g>: d3 owns that node and everything in it; React only hands over the element. */
import { brushX, select, type BrushBehavior } from 'd3';
import { useEffect, useRef } from 'react';
import type { Domain, Scale } from './scales.ts';

export interface BrushXProps {
  /** Full-range day scale of the strip (pixels inside the group). */
  readonly x: Scale;
  readonly height: number;
  /** The brushed day range, or null for none. */
  readonly selection: Domain | null;
  /** Called when the user brushes (a range of at least `minDays`) or clears the brush (null). */
  readonly onChange: (domain: Domain | null) => void;
  readonly minDays?: number;
}

export function BrushX({ x, height, selection, onChange, minDays = 3 }: BrushXProps) {
  const ref = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [r0, r1] = x.range() as [number, number];

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const g = select<SVGGElement, unknown>(node);
    const brush = brushX<unknown>()
      .extent([
        [r0, 0],
        [r1, height],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!event.sourceEvent) return; // moved by us (sync below), not by the user
        if (!event.selection) {
          onChangeRef.current(null);
          return;
        }
        const a = Math.round(x.invert(event.selection[0]));
        const b = Math.round(x.invert(event.selection[1]));
        if (b - a < minDays) {
          g.call(brush.move, null);
          return;
        }
        onChangeRef.current([a, b]);
      });
    g.call(brush);
    g.on('dblclick.reset', () => {
      g.call(brush.move, null);
      onChangeRef.current(null);
    });
    brushRef.current = brush;
    return () => {
      brush.on('end', null);
      g.on('.brush', null).on('dblclick.reset', null);
      g.selectAll('*').remove();
      brushRef.current = null;
    };
  }, [x, r0, r1, height, minDays]);

  // Keep the drawn selection in step with the zoom chosen elsewhere (reset button, double-click in a chart).
  useEffect(() => {
    const node = ref.current;
    const brush = brushRef.current;
    if (!node || !brush) return;
    select<SVGGElement, unknown>(node).call(brush.move, selection ? [x(selection[0]), x(selection[1])] : null);
  }, [selection, x]);

  return <g ref={ref} className="chart-brush" />;
}
