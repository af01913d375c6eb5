/**
 * The LAG arrivals per month: a curve to draw (pointer drag sets the months passed over; a focused month changes with
 * the arrow keys), fields to type each month, and a CSV file to load (chosen or dropped onto the curve).
 */
import { scaleBand, scaleLinear } from 'd3';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type DragEvent } from 'react';
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import { MAX_PERSONS_PER_MONTH } from '../../../engine/scenario/limits.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { formatNumber } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { monthlyOf, periodMonths, setMonth, setMonthly } from './arrivals.ts';
import { csvProblemText } from './csv.ts';
import { importArrivalsCsv } from './imports.ts';
import { CsvInput, readText } from './CsvInput.tsx';
import { useDraftStore } from './draft.tsx';
import { specOf } from './fields.ts';
import { NumberField, SourceNote } from './Fields.tsx';
import { EDITOR_MESSAGES } from './messages.ts';

const HEIGHT = 220;
const MARGIN = { top: 10, right: 10, bottom: 28, left: 56 };

function monthName(lang: Lang, ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A step for the arrow keys: about a fiftieth of the scale's top, a round number. */
function stepOf(top: number): number {
  return 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, top / 50))));
}

export function ArrivalsEditor({ draft }: { draft: Scenario }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const series = draft.arrivals.series;
  const entry = entryAt('arrivals.series')!;
  const [csv, setCsv] = useState<{ ok: boolean; text: string } | null>(null);
  const onCsv = (text: string) => {
    const result = importArrivalsCsv(store, text);
    setCsv(result.ok ? { ok: true, text: m.csvLoaded(result.rows) } : { ok: false, text: csvProblemText(result.problem, lang) });
  };
  return (
    <section className="edit-arrivals" aria-labelledby="edit-arrivals-heading">
      <h4 id="edit-arrivals-heading">{entry.label?.[lang]}</h4>
      <SourceNote path="arrivals.series" catalogueSource={entry.source} sources={draft.sources} />
      {series.kind === 'monthly' ? (
        <>
          <p className="edit-help">{m.arrivalsHelp}</p>
          <Curve draft={draft} values={series.values} onCsv={onCsv} />
          <MonthFields draft={draft} values={series.values} />
        </>
      ) : (
        <p>
          {m.notMonthly(series.kind === 'rate' ? m.kindRate : m.kindDaily)}{' '}
          <button type="button" onClick={() => store.edit(setMonthly(monthlyOf(series, draft.period.start, draft.period.end)))}>
            {m.toMonthly}
          </button>
        </p>
      )}
      <CsvInput label={m.csvArrivals} help={m.csvArrivalsHelp} onText={onCsv} />
      {csv && (
        <p className={csv.ok ? 'edit-ok' : 'edit-message'} role={csv.ok ? 'status' : 'alert'}>
          {csv.text}
        </p>
      )}
    </section>
  );
}

function Curve({ draft, values, onCsv }: { draft: Scenario; values: Readonly<Record<string, number>>; onCsv: (text: string) => void }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const months = useMemo(() => periodMonths(draft.period.start, draft.period.end), [draft.period.start, draft.period.end]);
  const [active, setActive] = useState(0);
  const [over, setOver] = useState(false);
  const bars = useRef<(SVGRectElement | null)[]>([]);
  // While a stroke is drawn the scale stays as it was when it began, so that the curve does not move under the pointer.
  const stroke = useRef<{ id: number; top: number; last: number } | null>(null);
  const strokes = useRef(0);
  const max = Math.max(0, ...months.map((ym) => values[ym] ?? 0));
  const top = stroke.current?.top ?? Math.max(100, max * 1.25);
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>().domain(months).range([0, innerW]).padding(0.15);
  const y = scaleLinear().domain([0, top]).range([innerH, 0]).nice(4);
  const step = stepOf(y.domain()[1]!);
  const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(innerW / 60))));

  const set = (i: number, v: number, merge: string) => {
    const ym = months[i];
    if (ym === undefined) return;
    const value = Math.max(0, Math.min(MAX_PERSONS_PER_MONTH, Math.round(v)));
    store.edit(setMonth(ym, value), merge);
  };
  const at = (e: PointerEvent<SVGSVGElement>): { i: number; v: number } => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left - MARGIN.left;
    const py = e.clientY - box.top - MARGIN.top;
    const i = Math.max(0, Math.min(months.length - 1, Math.floor(px / (innerW / months.length))));
    return { i, v: y.invert(Math.max(0, Math.min(innerH, py))) };
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const { i, v } = at(e);
    strokes.current += 1;
    stroke.current = { id: strokes.current, top: y.domain()[1]!, last: i };
    setActive(i);
    set(i, v, `stroke-${strokes.current}`);
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const s = stroke.current;
    if (!s) return;
    const { i, v } = at(e);
    // Months passed over between two events get the value too, so that a fast stroke leaves no gaps.
    const from = Math.min(s.last, i);
    const to = Math.max(s.last, i);
    for (let k = from; k <= to; k++) set(k, v, `stroke-${s.id}`);
    s.last = i;
  };
  const onUp = () => {
    stroke.current = null;
  };
  const onKey = (e: KeyboardEvent<SVGRectElement>, i: number) => {
    const v = values[months[i]!] ?? 0;
    const move = (k: number) => {
      const j = Math.max(0, Math.min(months.length - 1, k));
      setActive(j);
      bars.current[j]?.focus();
    };
    const keys: Record<string, () => void> = {
      ArrowUp: () => set(i, v + step, `key-${i}`),
      ArrowDown: () => set(i, v - step, `key-${i}`),
      PageUp: () => set(i, v + 10 * step, `key-${i}`),
      PageDown: () => set(i, v - 10 * step, `key-${i}`),
      ArrowRight: () => move(i + 1),
      ArrowLeft: () => move(i - 1),
      Home: () => move(0),
      End: () => move(months.length - 1),
    };
    const act = keys[e.key];
    if (!act) return;
    // The keys belong to the curve here, not to the run bar's shortcuts (← → step the day elsewhere).
    e.preventDefault();
    e.stopPropagation();
    act();
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void readText(file).then(onCsv);
  };
  const unit = m.personsPerMonth;
  return (
    <div
      ref={ref}
      className={`edit-curve${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <svg
        width={width}
        height={HEIGHT}
        role="group"
        aria-label={`${m.arrivalsCurve} (${unit})`}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        style={{ touchAction: 'none' }}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {y.ticks(4).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} aria-hidden="true">
              <line x1={0} x2={innerW} className="edit-grid" />
              <text x={-6} dy="0.32em" textAnchor="end" className="edit-tick">
                {formatNumber(lang, t)}
              </text>
            </g>
          ))}
          {months.map((ym, i) => {
            const v = values[ym] ?? 0;
            const h = innerH - y(Math.min(v, y.domain()[1]!));
            return (
              <rect
                key={ym}
                ref={(el) => {
                  bars.current[i] = el;
                }}
                x={x(ym)}
                y={innerH - h}
                width={x.bandwidth()}
                height={Math.max(1, h)}
                className="edit-bar"
                data-month={ym}
                role="slider"
                tabIndex={i === active ? 0 : -1}
                aria-label={monthName(lang, ym)}
                aria-valuemin={0}
                aria-valuemax={MAX_PERSONS_PER_MONTH}
                aria-valuenow={v}
                aria-valuetext={`${formatNumber(lang, v)} ${unit}`}
                onFocus={() => setActive(i)}
                onKeyDown={(e) => onKey(e, i)}
              />
            );
          })}
          {months.map((ym, i) =>
            i % every === 0 ? (
              <text key={ym} x={(x(ym) ?? 0) + x.bandwidth() / 2} y={innerH + 18} textAnchor="middle" className="edit-tick" aria-hidden="true">
                {monthName(lang, ym)}
              </text>
            ) : null,
          )}
        </g>
      </svg>
    </div>
  );
}

function MonthFields({ draft, values }: { draft: Scenario; values: Readonly<Record<string, number>> }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const months = periodMonths(draft.period.start, draft.period.end);
  const spec = useMemo(() => ({ ...specOf(entryAt('arrivals.series.values.2000-01')!), optional: false }), []);
  return (
    <details className="edit-months">
      <summary>{m.monthValues}</summary>
      <div className="edit-month-grid">
        {months.map((ym) => (
          <label key={ym} className="edit-month">
            <span>{monthName(lang, ym)}</span>
            <NumberField compact spec={spec} value={values[ym] ?? 0} label={`${m.arrivalsCurve}: ${monthName(lang, ym)}`} onCommit={(v) => store.edit(setMonth(ym, v ?? 0))} />
          </label>
        ))}
      </div>
    </details>
  );
}
