/** Lernen: the trainee mode, with its own sub-navigation (Ablauf, Begleiten, Selbst zuweisen, Quiz). */
import { useRef, useState, type KeyboardEvent } from 'react';
import { haushaltTable } from '../../../engine/machines/table.ts';
import type { RunData } from '../../data/runData.ts';
import { useI18n } from '../../i18n/index.ts';
import { Ablauf } from './Ablauf.tsx';
import { Begleiten } from './Begleiten.tsx';
import { haushaltModel, type AppView } from './chart.ts';
import { LERNEN_MESSAGES, SUBVIEWS, type Subview } from './messages.ts';
import { Quiz } from './Quiz.tsx';
import { Zuweisen } from './Zuweisen.tsx';
import './lernen.css';

export interface LernenViewProps {
  /** The run on screen, if one has data; stories and quiz work without it. */
  readonly data: RunData | null;
  readonly version: number;
  readonly day: number;
  /** Opens another view of the app (where a state's effect can be seen). */
  readonly onNavigate: (view: AppView) => void;
}

export default function LernenView({ data, day, onNavigate }: LernenViewProps) {
  const { lang } = useI18n();
  const m = LERNEN_MESSAGES[lang];
  const [sub, setSub] = useState<Subview>('ablauf');
  const model = haushaltModel();
  const table = haushaltTable();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = SUBVIEWS.length;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    // Arrows here move between the areas, not the run's cursor.
    e.preventDefault();
    e.stopPropagation();
    setSub(SUBVIEWS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <section className="lernen" aria-labelledby="lernen-heading">
      <h2 id="lernen-heading">{m.heading}</h2>
      <div role="tablist" aria-label={m.subnav} className="tabs lernen-tabs">
        {SUBVIEWS.map((v, i) => (
          <button
            key={v}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`lernen-tab-${v}`}
            aria-selected={sub === v}
            aria-controls={`lernen-panel-${v}`}
            tabIndex={sub === v ? 0 : -1}
            onClick={() => setSub(v)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {m.subviews[v]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`lernen-panel-${sub}`} aria-labelledby={`lernen-tab-${sub}`} className="lernen-panel">
        {sub === 'ablauf' && <Ablauf model={model} data={data} day={day} onNavigate={onNavigate} />}
        {sub === 'begleiten' && <Begleiten model={model} table={table} data={data} />}
        {sub === 'zuweisen' && <Zuweisen data={data} day={day} />}
        {sub === 'quiz' && <Quiz model={model} table={table} />}
      </div>
    </section>
  );
}
