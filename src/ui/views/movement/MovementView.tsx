/**
 * Bewegung: cohorts as dots on a canvas, moving Erstaufnahme → Kreis → Gemeinde as Zuweisungen happen and between the
 * units of a Kreis as it moves households out of Notunterkunft; exits fade.
 * The dots come from the pure model (model.ts); this component owns the <canvas>, keeps it sized to its box and the
 * device pixel ratio, and draws: every animation frame while playing (reading the run control's fractional position
 * directly, so React does not re-render per frame), once per change while paused, and static flow lines instead of
 * motion when the user prefers reduced motion.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { RunControl } from '../../app/context.tsx';
import { formatDate, formatNumber, formatPersons } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { SPEEDS } from '../../machines/runControl.ts';
import type { ViewProps } from '../types.ts';
import { DotScratch, drawBackground, drawDensity, drawDots, drawDotsPixels, drawFlows, drawSelection, LABEL_PX, STAGE_COLOURS } from './draw.ts';
import { MOVEMENT_MESSAGES } from './messages.ts';
import { dayFlows, MovementModel, windowForSpeed, type LayoutBox } from './model.ts';
import './movement.css';

interface Size {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  /** The legend's box inside the canvas box (the map keeps clear of it). */
  readonly legend: LayoutBox | null;
  /** Place names in canvas pixels: the canvas's CSS font size times any CSS zoom around it (the lecturer mode's). */
  readonly labelPx: number;
}
/** Used until the box is measured (and in environments without layout, e.g. jsdom). */
const FALLBACK_SIZE: Size = { width: 800, height: 560, dpr: 1, legend: null, labelPx: LABEL_PX };
const sameBox = (a: LayoutBox | null, b: LayoutBox | null) =>
  a === b || (a !== null && b !== null && a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1);

const REDUCED_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asks for reduced motion (follows changes of the setting). */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_QUERY).matches,
  );
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(REDUCED_QUERY);
    const on = () => setReduced(mq.matches);
    on();
    mq.addEventListener?.('change', on);
    return () => mq.removeEventListener?.('change', on);
  }, []);
  return reduced;
}

/**
 * Size of an element in CSS pixels, the device pixel ratio and the box of an overlay inside it, following resizes
 * (of either) and moves between screens.
 */
function useBoxSize(ref: RefObject<HTMLElement | null>, overlayRef: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>(FALLBACK_SIZE);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const width = Math.floor(r.width);
      const height = Math.floor(r.height);
      const dpr = typeof window.devicePixelRatio === 'number' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
      const o = overlayRef.current?.getBoundingClientRect();
      const legend =
        o && o.width > 0 && o.height > 0
          ? { x0: Math.floor(o.left - r.left), y0: Math.floor(o.top - r.top), x1: Math.ceil(o.right - r.left), y1: Math.ceil(o.bottom - r.top) }
          : null;
      // Under CSS zoom the box on screen is larger than the layout box; the canvas draws in screen pixels.
      const zoom = el.offsetWidth > 0 ? r.width / el.offsetWidth : 1;
      const canvasFont = el.firstElementChild ? parseFloat(getComputedStyle(el.firstElementChild).fontSize) : NaN;
      const labelPx = Math.round((Number.isFinite(canvasFont) && canvasFont > 0 ? canvasFont : LABEL_PX) * zoom * 10) / 10;
      if (width > 0 && height > 0) {
        setSize((prev) =>
          prev.width === width && prev.height === height && prev.dpr === dpr && sameBox(prev.legend, legend) && prev.labelPx === labelPx
            ? prev
            : { width, height, dpr, legend, labelPx },
        );
      }
    };
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    if (overlayRef.current) ro?.observe(overlayRef.current);
    // The ratio changes without a resize when the window moves to another screen.
    let mq: MediaQueryList | null = null;
    const onDpr = () => {
      measure();
      watch();
    };
    const watch = () => {
      mq?.removeEventListener?.('change', onDpr);
      mq = typeof window.matchMedia === 'function' ? window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`) : null;
      mq?.addEventListener?.('change', onDpr);
    };
    watch();
    return () => {
      ro?.disconnect();
      mq?.removeEventListener?.('change', onDpr);
    };
  }, [ref, overlayRef]);
  return size;
}

/** getContext('2d') once per canvas; null where there is no 2D context (jsdom). */
function context2d(canvas: HTMLCanvasElement, cache: WeakMap<HTMLCanvasElement, CanvasRenderingContext2D | null>) {
  if (cache.has(canvas)) return cache.get(canvas) ?? null;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d') ?? null;
  } catch {
    ctx = null;
  }
  cache.set(canvas, ctx);
  return ctx;
}

type Mode = 'play' | 'rest' | 'flows';

export function MovementView({ data, version, day, selected }: ViewProps) {
  const { lang } = useI18n();
  const m = MOVEMENT_MESSAGES[lang];
  const actor = RunControl.useActorRef();
  const playing = RunControl.useSelector((s) => s.matches('running'));
  const speed = RunControl.useSelector((s) => SPEEDS[s.context.speedIndex] ?? 1);
  const reduced = useReducedMotion();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const legendRef = useRef<HTMLElement>(null);
  const size = useBoxSize(boxRef, legendRef);

  const model = useMemo(() => new MovementModel(data), [data]);
  const scratch = useMemo(() => new DotScratch(model.capacity), [model]);
  const span = windowForSpeed(speed);
  // Persons per dot for this speed; `version` makes it follow the days the engine streams in.
  const scale = useMemo(() => model.scaleFor(span), [model, span, version]);
  const selectedIndex = selected === null ? -1 : (data.indexById.get(selected) ?? -1);

  // Everything a frame needs, read through a ref so the animation loop does not restart on each change.
  const frame = useRef({ size, span, scale, selectedIndex });
  frame.current = { size, span, scale, selectedIndex };
  const contexts = useRef(new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D | null>());
  const background = useRef<{ canvas: HTMLCanvasElement | null; key: string; model: MovementModel | null }>({
    canvas: null,
    key: '',
    model: null,
  });

  const paint = useRef<(position: number, mode: Mode) => void>(() => {});
  paint.current = (position: number, mode: Mode) => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const { size: s, span: w, scale: n, selectedIndex: sel } = frame.current;
    if (model.width !== s.width || model.height !== s.height || !sameBox(model.avoid, s.legend)) {
      model.layout(s.width, s.height, 28, s.legend);
    }
    const d = Math.max(0, Math.min(Math.floor(position), data.available - 1));
    if (mode !== 'flows') model.update(position, { window: w, scale: n, rest: mode === 'rest' });
    canvas.setAttribute('data-moving-dots', String(mode === 'play' ? model.moving : 0));
    const ctx = context2d(canvas, contexts.current);
    if (!ctx) return;
    // The static layer is drawn once per run and size into an offscreen canvas.
    const key = `${s.width}x${s.height}@${s.dpr}:${s.legend ? Object.values(s.legend).join(',') : ''}:${s.labelPx}`;
    if (background.current.key !== key || background.current.model !== model) {
      const bg = document.createElement('canvas');
      bg.width = Math.round(s.width * s.dpr);
      bg.height = Math.round(s.height * s.dpr);
      const bctx = context2d(bg, contexts.current);
      if (bctx) {
        bctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
        drawBackground(bctx, model, s.labelPx);
      }
      background.current = { canvas: bctx ? bg : null, key, model };
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
    // Occupancy areas under the dots; markers and labels over them so they stay readable.
    drawDensity(ctx, model, d);
    if (mode === 'flows') drawFlows(ctx, model, d);
    else if (!drawDotsPixels(ctx, model, scratch, s.dpr)) drawDots(ctx, model, scratch);
    if (background.current.canvas) ctx.drawImage(background.current.canvas, 0, 0, s.width, s.height);
    drawSelection(ctx, model, sel);
  };

  // Playing: draw every animation frame at the run control's fractional position.
  const animate = playing && !reduced;
  useEffect(() => {
    if (!animate) return;
    let raf = requestAnimationFrame(function tick() {
      paint.current(actor.getSnapshot().context.position, 'play');
      raf = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(raf);
  }, [animate, actor, model]);

  // Paused (or reduced motion): draw the current day once per change.
  useLayoutEffect(() => {
    if (animate) return;
    paint.current(day, reduced ? 'flows' : 'rest');
  }, [animate, reduced, day, version, size, scale, selectedIndex, model]);

  const flows = dayFlows(data, day);
  const fmt = (v: number) => formatNumber(lang, v);
  const date = data.days[day] ?? '';
  const label = m.summary({
    date: date ? formatDate(lang, date) : '–',
    arrivals: fmt(flows.arrivals),
    toKreis: fmt(flows.toKreis),
    toGemeinde: fmt(flows.toGemeinde),
    betweenSites: flows.betweenSites > 0 ? fmt(flows.betweenSites) : null,
    withinKreis: flows.withinKreis > 0 ? formatPersons(lang, flows.withinKreis) : null,
    exits: fmt(flows.exits),
  });
  // In the order of the stages (STAGE_*), which index STAGE_COLOURS.
  const stages = [m.stageSite, m.stageKreis, m.stageGemeinde, m.stageExit, m.stageKreisintern];

  return (
    <div className="movement" ref={boxRef}>
      <canvas
        ref={canvasRef}
        className="movement-canvas"
        role="img"
        aria-label={label}
        width={Math.round(size.width * size.dpr)}
        height={Math.round(size.height * size.dpr)}
      />
      <section className="movement-legend" aria-label={m.legend} ref={legendRef}>
        <ul>
          {stages.map((text, i) => (
            <li key={i}>
              <span className="swatch" style={{ background: STAGE_COLOURS[i] }} aria-hidden="true" />
              {text}
            </li>
          ))}
        </ul>
        {!reduced && <p className="scale">{m.scale(scale, fmt(scale))}</p>}
        <p className="note">{m.markers}</p>
        <p className="note">{m.density}</p>
        {reduced && <p className="note">{m.reduced}</p>}
        {day === 0 && <p className="note">{m.startDay}</p>}
      </section>
    </div>
  );
}
